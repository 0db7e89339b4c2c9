import { describe, expect, it } from 'vitest';
import {
  cleanDocumentHeading,
  groupDocuments,
  isNoteDocument,
} from '../../../src/domain/document-groups.ts';
import {
  hasPortalData,
  portalDetailCodes,
  readPortalProcedure,
} from '../../support/portal-data.ts';

describe('document groups (hand-written cases)', () => {
  it('cleans the portal group markers off a heading', () => {
    expect(cleanDocumentHeading(' * Giấy tờ phải xuất trình:')).toBe('Giấy tờ phải xuất trình');
    expect(cleanDocumentHeading('* Lưu ý :')).toBe('Lưu ý');
    expect(cleanDocumentHeading('(1.1) Đối với công trình không theo tuyến:')).toBe(
      '(1.1) Đối với công trình không theo tuyến',
    );
    // Decomposed (NFD) input reads the same as composed.
    expect(cleanDocumentHeading('* Lưu ý:'.normalize('NFD'))).toBe('Lưu ý');
  });

  it('tells notes from documents, also in a catalogue cached by an older version', () => {
    expect(isNoteDocument({ name: 'Tờ khai', originals: 1, copies: 0 })).toBe(false);
    expect(isNoteDocument({ name: 'Tờ khai' })).toBe(false);
    expect(isNoteDocument({ name: 'Trường hợp…', originals: 0, copies: 0 })).toBe(true);
    expect(isNoteDocument({ name: 'Bản chụp…', group: '* Lưu ý :', originals: 1 })).toBe(true);
    expect(isNoteDocument({ name: 'Giải thích', isNote: true })).toBe(true);
  });

  it('groups consecutive documents under one heading, in the source order', () => {
    const blocks = groupDocuments([
      { name: 'Đơn', originals: 1 },
      { name: 'Tờ khai', group: '* Giấy tờ phải nộp:', originals: 1, copies: 0 },
      { name: 'Trường hợp…', group: 'Giấy tờ phải nộp', isNote: true },
      { name: 'Hộ chiếu', group: '* Giấy tờ phải xuất trình:', originals: 1 },
      { name: 'Đơn bổ sung', group: '* Giấy tờ phải nộp:', originals: 1 },
    ]);
    expect(blocks.map((b) => [b.heading, b.items.map((i) => i.isNote)])).toEqual([
      [undefined, [false]],
      ['Giấy tờ phải nộp', [false, true]],
      ['Giấy tờ phải xuất trình', [false]],
      ['Giấy tờ phải nộp', [false]],
    ]);
  });
});

describe.runIf(hasPortalData)('document lists of the real national-portal files', () => {
  const procedures = hasPortalData ? portalDetailCodes().map(readPortalProcedure) : [];

  it('gives birth registration (1.001193) its three headings and notes, not "::" rows', () => {
    const birth = procedures.find((p) => p.code === '1.001193');
    const blocks = groupDocuments(birth?.documents ?? []);
    expect(blocks.map((b) => b.heading).filter(Boolean)).toEqual([
      'Giấy tờ phải nộp',
      'Giấy tờ phải xuất trình',
      'Lưu ý',
    ]);
    const notes = blocks.find((b) => b.heading === 'Lưu ý')?.items ?? [];
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((i) => i.isNote)).toBe(true);
    const submit = blocks.find((b) => b.heading === 'Giấy tờ phải nộp')?.items ?? [];
    expect(submit.filter((i) => !i.isNote).map((i) => i.doc.name)).toContain(
      'Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh; nếu không có người làm chứng thì phải có giấy cam đoan về việc sinh.',
    );
  });

  it('lists no document with 0 originals and 0 copies and no heading with a group marker', () => {
    let headings = 0;
    let notes = 0;
    for (const p of procedures) {
      for (const block of groupDocuments(p.documents)) {
        if (block.heading) headings += 1;
        expect(block.heading ?? '').not.toMatch(/^\*|:$/);
        for (const { doc, isNote } of block.items) {
          if (isNote) notes += 1;
          else expect(doc.originals === 0 && doc.copies === 0).toBe(false);
          // A note carries no counts, so even an older app version shows none.
          if (isNote) expect(doc.originals ?? doc.copies).toBeUndefined();
        }
      }
    }
    expect(headings).toBeGreaterThan(400);
    expect(notes).toBeGreaterThanOrEqual(652);
  });

  it('keeps each of the source execution cases as its own heading', () => {
    const permit = procedures.find((p) =>
      groupDocuments(p.documents).some((b) => b.heading?.startsWith('(1.1) Đối với công trình')),
    );
    const headings = groupDocuments(permit?.documents ?? []).map((b) => b.heading);
    expect(headings).toContain('(1.2) Đối với công trình theo tuyến');
  });
});
