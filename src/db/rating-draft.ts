import { z } from 'zod';
import { PROVINCE_CODES } from '../domain/provinces.ts';
import { RATING_CHANNELS, RATING_CRITERIA, SATISFACTION_LEVELS } from '../domain/rating.ts';
import { getDatabase } from './database.ts';

/**
 * What the citizen has typed into a rating form so far, kept on the device so a reload, a
 * crash or a phone call never loses it (issue 3). One draft per procedure.
 */
const levelSchema = z.enum(SATISFACTION_LEVELS);

export const ratingDraftSchema = z.object({
  overall: levelSchema.optional(),
  criteria: z.partialRecord(z.enum(RATING_CRITERIA), levelSchema).default({}),
  channel: z.enum(RATING_CHANNELS).optional(),
  province: z.enum(PROVINCE_CODES).optional(),
  dossierCode: z.string().default(''),
  comment: z.string().default(''),
});
export type RatingDraft = z.infer<typeof ratingDraftSchema>;

const DRAFT_KEY_PREFIX = 'rating.draft:';

function draftKey(procedureCode: string): string {
  return `${DRAFT_KEY_PREFIX}${procedureCode}`;
}

/**
 * The saved draft, or undefined. A stored value that no longer fits (an older version's shape)
 * keeps whatever fields still fit instead of failing the form.
 */
export async function loadRatingDraft(procedureCode: string): Promise<RatingDraft | undefined> {
  const row = await getDatabase().settings.get(draftKey(procedureCode));
  if (!row || typeof row.value !== 'object' || row.value === null) return undefined;
  const parsed = ratingDraftSchema.safeParse(row.value);
  if (parsed.success) return parsed.data;
  const partial: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(row.value)) {
    const shape = ratingDraftSchema.shape as Record<string, z.ZodType | undefined>;
    if (shape[field]?.safeParse(value).success) partial[field] = value;
  }
  return ratingDraftSchema.parse(partial);
}

export async function saveRatingDraft(procedureCode: string, draft: RatingDraft): Promise<void> {
  await getDatabase().settings.put({ key: draftKey(procedureCode), value: draft });
}

export async function clearRatingDraft(procedureCode: string): Promise<void> {
  await getDatabase().settings.delete(draftKey(procedureCode));
}
