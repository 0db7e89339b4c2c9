import { describe, expect, it } from 'vitest';
import type { Rating } from '../../../../src/domain/rating.ts';
import {
  canonicalRatingJson,
  normalizeInstant,
  ratingContentHash,
} from '../../../../src/server/ratings/content-hash.ts';

const rating: Rating = {
  id: '3f0c1d9e-4b7a-4c1e-9a57-2f7d2b8e6c10',
  procedureCode: '1.001193',
  overall: 'satisfied',
  criteria: { staff_attitude: 'very_satisfied', convenience: 'dissatisfied' },
  comment: 'Cán bộ nhiệt tình',
  dossierCode: 'H29.22-240115-0001',
  province: '46',
  channel: 'in_person',
  createdAt: '2026-03-01T08:00:00.000Z',
  locale: 'vi',
};

describe('ratingContentHash', () => {
  it('is a SHA-256 hex digest, the same for the same content', () => {
    expect(ratingContentHash(rating)).toMatch(/^[0-9a-f]{64}$/);
    expect(ratingContentHash({ ...rating })).toBe(ratingContentHash(rating));
  });

  it('ignores key order, in the rating and in its criteria', () => {
    const reordered = Object.fromEntries(Object.entries(rating).reverse()) as Rating;
    reordered.criteria = { convenience: 'dissatisfied', staff_attitude: 'very_satisfied' };
    expect(ratingContentHash(reordered)).toBe(ratingContentHash(rating));
  });

  it('ignores the id: it is what the hash is compared under', () => {
    expect(ratingContentHash({ ...rating, id: '00000000-0000-4000-8000-000000000000' })).toBe(
      ratingContentHash(rating),
    );
  });

  it('treats surrounding spaces, Unicode composition and empty texts as the same content', () => {
    const decomposed = 'Cán bộ nhiệt tình'.normalize('NFD');
    expect(ratingContentHash({ ...rating, comment: `  ${decomposed} ` })).toBe(
      ratingContentHash(rating),
    );
    expect(ratingContentHash({ ...rating, comment: '' })).toBe(
      ratingContentHash({ ...rating, comment: undefined }),
    );
    expect(ratingContentHash({ ...rating, criteria: {} })).toBe(
      ratingContentHash({ ...rating, criteria: undefined }),
    );
  });

  it('treats two spellings of one instant as the same createdAt', () => {
    expect(ratingContentHash({ ...rating, createdAt: '2026-03-01T15:00:00+07:00' })).toBe(
      ratingContentHash(rating),
    );
  });

  it('changes with any field that carries meaning', () => {
    const base = ratingContentHash(rating);
    const variants: Partial<Rating>[] = [
      { overall: 'dissatisfied' },
      { criteria: { staff_attitude: 'satisfied', convenience: 'dissatisfied' } },
      { comment: 'Khác' },
      { dossierCode: 'H29.22-240115-0002' },
      { province: '01' },
      { channel: 'online' },
      { createdAt: '2026-03-01T08:00:01.000Z' },
      { locale: 'en' },
      { procedureCode: '2.000001' },
    ];
    for (const change of variants) {
      expect(ratingContentHash({ ...rating, ...change }), JSON.stringify(change)).not.toBe(base);
    }
  });

  it('writes the canonical JSON with sorted keys and without absent fields', () => {
    const json = canonicalRatingJson({ ...rating, comment: undefined, province: undefined });
    expect(Object.keys(JSON.parse(json) as object)).toEqual([
      'channel',
      'createdAt',
      'criteria',
      'dossierCode',
      'locale',
      'overall',
      'procedureCode',
    ]);
    expect(json).toContain('"criteria":{"convenience":"dissatisfied","staff_attitude"');
  });
});

describe('normalizeInstant', () => {
  it('writes any offset as the UTC instant with milliseconds', () => {
    expect(normalizeInstant('2026-03-01T15:00:00+07:00')).toBe('2026-03-01T08:00:00.000Z');
    expect(normalizeInstant('2026-03-01T08:00:00.123456Z')).toBe('2026-03-01T08:00:00.123Z');
  });
});
