/**
 * The rating vocabulary as plain values, without zod: screens on the first (search) screen import
 * these so the schema library stays out of the first screen's JavaScript. rating.ts re-exports
 * all of them, so either module can be imported.
 */

/** The three-level scale used by provincial portals: Rất hài lòng / Hài lòng / Không hài lòng. */
export const SATISFACTION_LEVELS = ['very_satisfied', 'satisfied', 'dissatisfied'] as const;
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];

/** Criteria rated by provincial portals (DESIGN.md §1). */
export const RATING_CRITERIA = [
  'convenience',
  'on_time',
  'staff_attitude',
  'processing_time',
  'visits_and_contacts',
  'publicity',
  'online_quality',
] as const;
export type RatingCriterion = (typeof RATING_CRITERIA)[number];

export const RATING_CHANNELS = ['online', 'in_person', 'kiosk'] as const;
export type RatingChannel = (typeof RATING_CHANNELS)[number];

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const COMMENT_MAX_LENGTH = 1000;

/**
 * Dossier codes (mã hồ sơ) differ between provincial systems ("000.00.15.H29-240101-0001",
 * "H29.22-240115-0001"…): letters, digits and . - _ / , 6 to 60 characters, starting with a
 * letter or digit. Strict enough to catch a name or phone typed in by mistake, loose enough for
 * every system we know.
 */
export const DOSSIER_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]{5,59}$/;

export const MAX_RATINGS_PER_BATCH = 500;

/**
 * A UTF-16 surrogate without its pair: not a character, so no keyboard types it, but a cut or
 * badly converted text can hold one. SQLite would store it as invalid UTF-8 and PostgreSQL as
 * U+FFFD, so the same rating would differ by engine: refused instead, by the form and the server.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/**
 * The nil and max UUIDs (RFC 9562 §5.9, §5.10) are placeholders, never made by
 * crypto.randomUUID(): an id like that is a bug or a probe, and every device sending one would
 * collide on it.
 */
export function isPlaceholderUuid(id: string): boolean {
  return /^(0{8}-0{4}-0{4}-0{4}-0{12}|f{8}-f{4}-f{4}-f{4}-f{12})$/i.test(id);
}

export const RATING_RESULT_STATUSES = ['accepted', 'duplicate', 'conflict', 'rejected'] as const;
export type RatingResultStatus = (typeof RATING_RESULT_STATUSES)[number];

/** Why an item was rejected or conflicted; the client shows a translated text for each. */
export const RATING_REJECT_REASONS = [
  'invalid',
  'unknown_procedure',
  'dossier_already_rated',
  'created_in_future',
  'too_old',
  'id_conflict',
  'kiosk_revoked',
  'kiosk_unauthorized',
  // Over the day's allowance of ratings for this address or kiosk (issue 10): kept on the
  // device and shown, not retried (src/server/ratings/quota-limits.ts).
  'rate_limited_ratings',
] as const;
export type RatingRejectReason = (typeof RATING_REJECT_REASONS)[number];

/** Limits on createdAt (device clocks drift; a day ahead or a year back is not a real rating). */
export const MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000;
export const MAX_RATING_AGE_MS = 366 * 24 * 60 * 60 * 1000;
