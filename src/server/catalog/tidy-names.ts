import type { Procedure } from '../../domain/procedure.ts';

/**
 * The portal's names come as typed into many systems (issue 11, item 6): decomposed Unicode
 * (NFD, so "đăng ký" does not equal itself in NFC), doubled spaces and line breaks, invisible
 * marks (left-to-right marks and zero-width characters inside words: "đăng k\u200Eý"), and a
 * stray ". " or "- " before the name. We store names tidy — same words, same meaning — and the
 * import report counts what was tidied, so nothing changes silently.
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
/** Punctuation that never starts a real name; "(" and quotes may, so they stay. */
const STRAY_LEAD = /^[\s.,;:·•*\-–—_]+/;

export function tidyName(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .replace(STRAY_LEAD, '')
    .trim();
}

function tidyList(values: readonly string[]): string[] {
  return [...new Set(values.map(tidyName).filter((v) => v.length > 0))];
}

/** The procedure with its names tidied, and the fields where something changed. */
export function tidyProcedureNames(procedure: Procedure): {
  procedure: Procedure;
  tidiedFields: string[];
} {
  const tidiedFields: string[] = [];
  const name = tidyName(procedure.name.vi);
  if (name !== procedure.name.vi) tidiedFields.push('name');
  const fields = tidyList(procedure.fields);
  if (fields.join('\n') !== procedure.fields.join('\n')) tidiedFields.push('fields');
  const agencies = tidyList(procedure.agencies);
  if (agencies.join('\n') !== procedure.agencies.join('\n')) tidiedFields.push('agencies');
  const tidied: Procedure = {
    ...procedure,
    name: { ...procedure.name, vi: name },
    fields,
    agencies,
  };
  if (procedure.publisher !== undefined) {
    const publisher = tidyName(procedure.publisher);
    if (publisher !== procedure.publisher) tidiedFields.push('publisher');
    if (publisher) tidied.publisher = publisher;
    else delete tidied.publisher;
  }
  return { procedure: tidied, tidiedFields };
}
