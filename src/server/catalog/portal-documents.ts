import { cleanDocumentHeading, isNotesHeading } from '../../domain/document-groups.ts';
import type { ProcedureDocument } from '../../domain/procedure.ts';
import type { PortalDetail } from './portal-source.ts';

type Component = PortalDetail['profileComponents'][number];

/**
 * The document list of a detail, as headings, documents and notes (issue 11, item 3). The
 * portal's "execution cases" are either group headers ("* Giấy tờ phải nộp:", "* Lưu ý:") or
 * real cases ("a) Đối với trường hợp…"): both become the heading (`group`) of their items.
 * A notes group's items, and items with 0 originals and 0 copies (explanations such as
 * "Trường hợp … thì không phải nộp bản giấy"), are notes: no counts, never listed as documents.
 */
export function portalDocuments(detail: PortalDetail): ProcedureDocument[] {
  const result: ProcedureDocument[] = [];
  for (const component of detail.profileComponents) push(result, component, undefined, false);
  for (const executionCase of detail.executionCases) {
    const heading = executionCase.name ? cleanDocumentHeading(executionCase.name) : undefined;
    const isNotes = heading !== undefined && isNotesHeading(heading);
    for (const component of executionCase.profileComponents) {
      push(result, component, heading || undefined, isNotes);
    }
  }
  return result;
}

/** A leading list marker ("- ", "+ ") is the source's bullet; our list draws its own. */
function cleanItem(name: string): string {
  return name.replace(/^\s*[-+•]\s+/u, '').trim();
}

function push(
  into: ProcedureDocument[],
  component: Component,
  group: string | undefined,
  isNotesGroup: boolean,
) {
  const name = component.name ? cleanItem(component.name) : '';
  if (!name) return;
  const doc: ProcedureDocument = { name };
  if (group) doc.group = group;
  const originals = readCount(component.originalQty);
  const copies = readCount(component.copyQty);
  if (isNotesGroup || (originals === 0 && copies === 0)) {
    doc.isNote = true;
  } else {
    if (originals !== undefined) doc.originals = originals;
    if (copies !== undefined) doc.copies = copies;
  }
  into.push(doc);
}

function readCount(raw: unknown): number | undefined {
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 ? raw : undefined;
}
