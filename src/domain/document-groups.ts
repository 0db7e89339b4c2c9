import type { ProcedureDocument } from './procedure.ts';

/**
 * How a procedure's document list reads (issue 11, item 3): the source's group headers and
 * cases become headings, its notes become notes, and only real documents carry counts. Used by
 * the importer on the way in and by the page on the way out, so a catalogue cached by an older
 * app version (raw "* Giấy tờ phải nộp:" groups, 0-original 0-copy notes) reads the same.
 */

/** "Lưu ý", "Chú ý", "Ghi chú" (any case): the source's notes group. */
const NOTES_HEADING = /^(lưu ý|chú ý|ghi chú)$/iu;

/** The group marker and trailing colons the portal types around a heading: " * Lưu ý :" → "Lưu ý". */
export function cleanDocumentHeading(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .replace(/^[*•]+\s*/u, '')
    .replace(/\s*:+\s*$/u, '')
    .trim();
}

export function isNotesHeading(heading: string): boolean {
  return NOTES_HEADING.test(cleanDocumentHeading(heading));
}

/** A note, not a document: marked so, in a notes group, or with 0 originals and 0 copies. */
export function isNoteDocument(doc: ProcedureDocument): boolean {
  if (doc.isNote === true) return true;
  if (doc.group !== undefined && isNotesHeading(doc.group)) return true;
  return doc.originals === 0 && doc.copies === 0;
}

export interface DocumentBlock {
  /** The group's or case's heading; absent for documents listed before any group. */
  heading?: string;
  items: { doc: ProcedureDocument; isNote: boolean }[];
}

/** Consecutive documents of one group form one block, in the source's order. */
export function groupDocuments(documents: readonly ProcedureDocument[]): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  let current: DocumentBlock | undefined;
  for (const doc of documents) {
    const heading = doc.group ? cleanDocumentHeading(doc.group) || undefined : undefined;
    if (!current || current.heading !== heading) {
      current = heading ? { heading, items: [] } : { items: [] };
      blocks.push(current);
    }
    current.items.push({ doc, isNote: isNoteDocument(doc) });
  }
  return blocks;
}
