import type { RatingDraft } from '../../db/rating-draft.ts';
import type { RatingInput } from '../../db/outbox.ts';
import {
  COMMENT_MAX_LENGTH,
  DOSSIER_CODE_PATTERN,
  hasLoneSurrogate,
  type Locale,
} from '../../domain/rating.ts';

/** Form fields that can be wrong, in the order they appear (the error summary keeps it). */
export const RATING_FIELDS = ['overall', 'channel', 'dossierCode', 'comment'] as const;
export type RatingField = (typeof RATING_FIELDS)[number];

export type RatingErrorKey =
  | 'overallRequired'
  | 'channelRequired'
  | 'dossierFormat'
  | 'commentTooLong'
  | 'commentInvalidCharacters';

export type RatingErrors = Partial<Record<RatingField, RatingErrorKey>>;

/** What is wrong with the draft, field by field; empty when it can be sent. */
export function validateRatingDraft(draft: RatingDraft): RatingErrors {
  const errors: RatingErrors = {};
  if (!draft.overall) errors.overall = 'overallRequired';
  if (draft.channel !== 'online' && draft.channel !== 'in_person') {
    errors.channel = 'channelRequired';
  }
  const dossier = draft.dossierCode.trim();
  if (dossier && !DOSSIER_CODE_PATTERN.test(dossier)) errors.dossierCode = 'dossierFormat';
  const comment = draft.comment.trim();
  if (comment.length > COMMENT_MAX_LENGTH) errors.comment = 'commentTooLong';
  // The server refuses it too (src/domain/rating.ts): caught here, the citizen can fix it.
  else if (hasLoneSurrogate(comment)) errors.comment = 'commentInvalidCharacters';
  return errors;
}

/** The rating to store, from a draft that passed `validateRatingDraft`. */
export function buildRatingInput(
  procedureCode: string,
  draft: RatingDraft,
  locale: Locale,
  now: Date = new Date(),
): RatingInput {
  if (!draft.overall || !draft.channel) throw new Error('buildRatingInput: draft not validated');
  const input: RatingInput = {
    procedureCode,
    overall: draft.overall,
    channel: draft.channel,
    createdAt: now.toISOString(),
    locale,
  };
  if (Object.keys(draft.criteria).length > 0) input.criteria = { ...draft.criteria };
  if (draft.province) input.province = draft.province;
  const dossier = draft.dossierCode.trim();
  if (dossier) input.dossierCode = dossier;
  const comment = draft.comment.trim();
  if (comment) input.comment = comment;
  return input;
}

/** Id of the control an error links to (the first radio of a group). */
export function fieldControlId(field: RatingField): string {
  switch (field) {
    case 'overall':
      return 'rating-overall-very_satisfied';
    case 'channel':
      return 'rating-channel-online';
    case 'dossierCode':
      return 'rating-dossier';
    case 'comment':
      return 'rating-comment';
  }
}
