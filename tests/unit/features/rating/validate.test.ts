import { describe, expect, it } from 'vitest';
import type { RatingDraft } from '../../../../src/db/rating-draft.ts';
import { validateRatingDraft } from '../../../../src/features/rating/validate.ts';

const draft = (comment: string): RatingDraft => ({
  overall: 'satisfied',
  channel: 'online',
  criteria: {},
  dossierCode: '',
  comment,
});

describe('validateRatingDraft, comment', () => {
  it('refuses a lone surrogate, which the server would refuse too (issue 10)', () => {
    expect(validateRatingDraft(draft('Tốt \uD83D'))).toEqual({
      comment: 'commentInvalidCharacters',
    });
    expect(validateRatingDraft(draft('\uDE00 tốt'))).toEqual({
      comment: 'commentInvalidCharacters',
    });
  });

  it('passes whole emoji and Vietnamese text', () => {
    expect(validateRatingDraft(draft('Cán bộ tận tình 😀👍🏽'))).toEqual({});
  });
});
