import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { enqueueRating, isQuotaError } from '../../db/outbox.ts';
import { COMMENT_MAX_LENGTH, LOCALES, type Locale } from '../../domain/rating.ts';
import { useChosenProvince } from '../catalog/useChosenProvince.ts';
import { ensurePersistentStorage, requestOutboxSync } from '../outbox/sync-triggers.ts';
import { CommentField } from './CommentField.tsx';
import { CriteriaSection } from './CriteriaSection.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { LevelRadios } from './LevelRadios.tsx';
import { ChannelField, DossierField, ProvinceField } from './OtherFields.tsx';
import { ratingSavedPath, type RatingSavedState } from './paths.ts';
import { useRatingDraft } from './useRatingDraft.ts';
import {
  buildRatingInput,
  fieldControlId,
  RATING_FIELDS,
  validateRatingDraft,
  type RatingErrors,
} from './validate.ts';
import './rating.css';

/**
 * The rating form for one procedure. Answers are kept on the device as a draft while typing;
 * sending writes the rating to the outbox (the id is made there) and only then clears the draft.
 */
export function RatingForm({ procedureCode }: { procedureCode: string }) {
  const { t, i18n } = useTranslation('rating');
  const navigate = useNavigate();
  const { isLoaded, province } = useChosenProvince();
  const { draft, update, discard } = useRatingDraft(procedureCode, province, isLoaded);
  const [errors, setErrors] = useState<RatingErrors>({});
  const [summaryKey, setSummaryKey] = useState(0);
  const [saveError, setSaveError] = useState<'quota' | 'saveFailed'>();
  const [isSaving, setIsSaving] = useState(false);
  const saveErrorRef = useRef<HTMLDivElement>(null);

  if (!draft) return <p>{t('loading', { ns: 'common' })}</p>;

  const errorText = (field: keyof RatingErrors) => {
    const key = errors[field];
    return key ? t(`errors.${key}`, { max: COMMENT_MAX_LENGTH }) : undefined;
  };
  const summary = RATING_FIELDS.filter((field) => errors[field]).map((field) => ({
    targetId: fieldControlId(field),
    message: errorText(field) ?? '',
  }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (isSaving) return;
    const found = validateRatingDraft(draft);
    setErrors(found);
    setSaveError(undefined);
    if (Object.keys(found).length > 0) {
      setSummaryKey((key) => key + 1);
      return;
    }
    setIsSaving(true);
    try {
      const locale = (LOCALES as readonly string[]).includes(i18n.language)
        ? (i18n.language as Locale)
        : 'vi';
      const rating = await enqueueRating(buildRatingInput(procedureCode, draft, locale));
      await discard();
      const state: RatingSavedState = { procedureCode };
      void navigate(ratingSavedPath(rating.id), { state });
      // After the rating is safe: ask to keep storage, then try to send it at once.
      void ensurePersistentStorage().catch(() => undefined);
      void requestOutboxSync().catch(() => undefined);
    } catch (error) {
      // Nothing was stored; the answers stay in the form and in the draft.
      setSaveError(isQuotaError(error) ? 'quota' : 'saveFailed');
      setIsSaving(false);
      requestAnimationFrame(() => saveErrorRef.current?.focus());
    }
  };

  return (
    <form className="rating-form" noValidate onSubmit={(e) => void onSubmit(e)}>
      {summary.length > 0 && <ErrorSummary errors={summary} focusKey={summaryKey} />}
      {saveError && (
        <div ref={saveErrorRef} className="notice notice--error" role="alert" tabIndex={-1}>
          <p>{t(`errors.${saveError}`)}</p>
        </div>
      )}
      <LevelRadios
        name="rating-overall"
        isLarge
        legend={
          <>
            {t('overall.legend')} <span className="field__optional">{t('form.required')}</span>
          </>
        }
        value={draft.overall}
        onChange={(overall) => update({ overall })}
        error={errorText('overall')}
      />
      <ChannelField
        value={draft.channel}
        onChange={(channel) => update({ channel })}
        error={errorText('channel')}
      />
      <ProvinceField value={draft.province} onChange={(p) => update({ province: p })} />
      <DossierField
        value={draft.dossierCode}
        onChange={(dossierCode) => update({ dossierCode })}
        error={errorText('dossierCode')}
      />
      <CriteriaSection criteria={draft.criteria} onChange={(criteria) => update({ criteria })} />
      <CommentField
        value={draft.comment}
        onChange={(comment) => update({ comment })}
        error={errorText('comment')}
      />
      <button type="submit" className="button rating-form__submit" disabled={isSaving}>
        {isSaving ? t('form.saving') : t('form.submit')}
      </button>
    </form>
  );
}
