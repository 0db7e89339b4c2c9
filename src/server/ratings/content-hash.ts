import { createHash } from 'node:crypto';
import type { Rating } from '../../domain/rating.ts';

/**
 * The rating's content in one canonical form: keys sorted (criteria too), strings trimmed and
 * NFC-normalised (a phone and a laptop may compose "ạ" differently), an empty string the same
 * as no value, createdAt as the UTC
 * instant it names, absent optional fields left out. The id is not part of the content: it is
 * what the hash is compared under.
 */
export function canonicalRatingJson(rating: Rating): string {
  const text = (value: string | undefined) => value?.trim().normalize('NFC') || undefined;
  const criteria = rating.criteria
    ? Object.fromEntries(
        Object.entries(rating.criteria)
          .filter(([, level]) => level !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      )
    : undefined;
  const content: Record<string, unknown> = {
    channel: rating.channel,
    comment: text(rating.comment),
    createdAt: normalizeInstant(rating.createdAt),
    criteria: criteria && Object.keys(criteria).length > 0 ? criteria : undefined,
    dossierCode: text(rating.dossierCode),
    locale: rating.locale,
    overall: rating.overall,
    procedureCode: text(rating.procedureCode),
    province: rating.province,
  };
  // Keys above are written in sorted order; JSON.stringify drops the undefined ones.
  return JSON.stringify(content);
}

/** SHA-256 (hex) of the canonical content: equal content → equal hash, whatever the key order. */
export function ratingContentHash(rating: Rating): string {
  return createHash('sha256').update(canonicalRatingJson(rating)).digest('hex');
}

/**
 * "2026-03-01T15:00:00+07:00" and "2026-03-01T08:00:00.000Z" are the same instant: stored and
 * hashed as the latter. Sub-millisecond digits are dropped (Date keeps milliseconds).
 */
export function normalizeInstant(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Date(ms).toISOString();
}
