import { dossierKey } from '../../domain/dossier-code.ts';
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
  /** dossierKey(dossier_code): what the one-rating-per-dossier index is on (migration 7). */
  dossier_key: string | null;
  province: string | null;
  channel: string;
  created_at: string;
  received_at: string;
  locale: string;
  content_hash: string;
  kiosk_id: string | null;
}

/** The columns of the ratings migration (3), for a database held at an older version. */
export const RATING_COLUMNS_V3 = [
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

/** What the stores write from migration 7 on. */
export const RATING_COLUMNS = [
  ...RATING_COLUMNS_V3,
  'dossier_key',
] as const satisfies readonly (keyof RatingRow)[];

export type RatingColumn = (typeof RATING_COLUMNS)[number];

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
    dossier_key: rating.dossierCode ? dossierKey(rating.dossierCode) : null,
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
