import { z } from 'zod';
import { procedureCodeSchema } from './procedure.ts';
import { PROVINCE_CODES } from './provinces.ts';
import {
  SATISFACTION_LEVELS,
  RATING_CRITERIA,
  RATING_CHANNELS,
  LOCALES,
  COMMENT_MAX_LENGTH,
  DOSSIER_CODE_PATTERN,
  MAX_RATINGS_PER_BATCH,
  RATING_RESULT_STATUSES,
  RATING_REJECT_REASONS,
  hasLoneSurrogate,
  isPlaceholderUuid,
} from './rating-values.ts';

export * from './rating-values.ts';

const satisfactionLevelSchema = z.enum(SATISFACTION_LEVELS);

export const ratingSchema = z.strictObject({
  id: z.uuid().refine((id) => !isPlaceholderUuid(id), { error: 'placeholder_uuid' }),
  procedureCode: procedureCodeSchema,
  overall: satisfactionLevelSchema,
  criteria: z.partialRecord(z.enum(RATING_CRITERIA), satisfactionLevelSchema).optional(),
  comment: z
    .string()
    .trim()
    .max(COMMENT_MAX_LENGTH)
    .refine((text) => !hasLoneSurrogate(text), { error: 'lone_surrogate' })
    .optional(),
  dossierCode: z.string().trim().regex(DOSSIER_CODE_PATTERN).optional(),
  province: z.enum(PROVINCE_CODES).optional(),
  channel: z.enum(RATING_CHANNELS),
  createdAt: z.iso.datetime({ offset: true }),
  locale: z.enum(LOCALES),
});
export type Rating = z.infer<typeof ratingSchema>;

export const ratingBatchSchema = z.strictObject({
  ratings: z.array(z.unknown()).min(1).max(MAX_RATINGS_PER_BATCH),
});

export const ratingResultSchema = z.object({
  id: z.string(),
  status: z.enum(RATING_RESULT_STATUSES),
  reason: z.enum(RATING_REJECT_REASONS).optional(),
  details: z.string().optional(),
});
export type RatingResult = z.infer<typeof ratingResultSchema>;

export const ratingBatchResponseSchema = z.object({ results: z.array(ratingResultSchema) });
export type RatingBatchResponse = z.infer<typeof ratingBatchResponseSchema>;
