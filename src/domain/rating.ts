import { z } from 'zod';
import { procedureCodeSchema } from './procedure.ts';
import { PROVINCE_CODES } from './provinces.ts';

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

const satisfactionLevelSchema = z.enum(SATISFACTION_LEVELS);

export const ratingSchema = z.strictObject({
  id: z.uuid(),
  procedureCode: procedureCodeSchema,
  overall: satisfactionLevelSchema,
  criteria: z.partialRecord(z.enum(RATING_CRITERIA), satisfactionLevelSchema).optional(),
  comment: z.string().trim().max(COMMENT_MAX_LENGTH).optional(),
  dossierCode: z.string().trim().regex(DOSSIER_CODE_PATTERN).optional(),
  province: z.enum(PROVINCE_CODES).optional(),
  channel: z.enum(RATING_CHANNELS),
  createdAt: z.iso.datetime({ offset: true }),
  locale: z.enum(LOCALES),
});
export type Rating = z.infer<typeof ratingSchema>;

export const MAX_RATINGS_PER_BATCH = 500;

export const ratingBatchSchema = z.strictObject({
  ratings: z.array(z.unknown()).min(1).max(MAX_RATINGS_PER_BATCH),
});

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
] as const;
export type RatingRejectReason = (typeof RATING_REJECT_REASONS)[number];

export const ratingResultSchema = z.object({
  id: z.string(),
  status: z.enum(RATING_RESULT_STATUSES),
  reason: z.enum(RATING_REJECT_REASONS).optional(),
  details: z.string().optional(),
});
export type RatingResult = z.infer<typeof ratingResultSchema>;

export const ratingBatchResponseSchema = z.object({ results: z.array(ratingResultSchema) });
export type RatingBatchResponse = z.infer<typeof ratingBatchResponseSchema>;

/** Limits on createdAt (device clocks drift; a day ahead or a year back is not a real rating). */
export const MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000;
export const MAX_RATING_AGE_MS = 366 * 24 * 60 * 60 * 1000;
