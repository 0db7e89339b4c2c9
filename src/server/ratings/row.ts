import type { IncomingRating } from '../storage/types.ts';
import { normalizeInstant } from './content-hash.ts';

/** One ratings row, as both engines store it (see ./migrations.ts). */
export interface RatingRow {
  id: string;
  procedure_code: string;
  overall: string;
  /** JSON text of the criteria object; null when none was given. */
  criteria: string | null;
  comment: string | null;
  dossier_code: string | null;
  province: string | null;
  channel: string;
  created_at: string;
  received_at: string;
  locale: string;
  content_hash: string;
  kiosk_id: string | null;
}

export const RATING_COLUMNS = [
  'id',
  'procedure_code',
  'overall',
  'criteria',
  'comment',
  'dossier_code',
  'province',
  'channel',
  'created_at',
  'received_at',
  'locale',
  'content_hash',
  'kiosk_id',
] as const satisfies readonly (keyof RatingRow)[];

/**
 * The row for one incoming rating. Ids are stored lower-cased (a UUID is case-insensitive, and
 * PostgreSQL's uuid type prints lower case), so "A1…" and "a1…" are one id on both engines.
 */
export function toRatingRow(item: IncomingRating): RatingRow {
  const { rating } = item;
  const criteria =
    rating.criteria && Object.keys(rating.criteria).length > 0
      ? JSON.stringify(rating.criteria)
      : null;
  return {
    id: ratingKey(rating.id),
    procedure_code: rating.procedureCode,
    overall: rating.overall,
    criteria,
    comment: rating.comment || null,
    dossier_code: rating.dossierCode || null,
    province: rating.province ?? null,
    channel: rating.channel,
    created_at: normalizeInstant(rating.createdAt),
    received_at: normalizeInstant(item.receivedAt),
    locale: rating.locale,
    content_hash: item.contentHash,
    kiosk_id: item.kioskId ?? null,
  };
}

export function ratingKey(id: string): string {
  return id.toLowerCase();
}
