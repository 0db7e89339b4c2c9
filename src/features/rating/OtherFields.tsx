import { useTranslation } from 'react-i18next';
import type { RatingDraft } from '../../db/rating-draft.ts';
import { PROVINCES, type ProvinceCode } from '../../domain/provinces.ts';
import { FieldError } from './FieldError.tsx';

const FORM_CHANNELS = ['online', 'in_person'] as const;

export function ChannelField({
  value,
  onChange,
  error,
}: {
  value: RatingDraft['channel'];
  onChange: (value: (typeof FORM_CHANNELS)[number]) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation('rating');
  return (
    <fieldset
      className={`choices${error ? ' field--error' : ''}`}
      aria-describedby={error ? 'rating-channel-error' : undefined}
    >
      <legend>
        {t('channel.legend')} <span className="field__optional">{t('form.required')}</span>
      </legend>
      {error && <FieldError id="rating-channel-error" message={error} />}
      <div className="choices__options">
        {FORM_CHANNELS.map((channel) => (
          <label key={channel} htmlFor={`rating-channel-${channel}`} className="choice">
            <input
              type="radio"
              id={`rating-channel-${channel}`}
              name="rating-channel"
              value={channel}
              checked={value === channel}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(channel)}
            />
            <span>{t(`channel.${channel}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function ProvinceField({
  value,
  onChange,
}: {
  value: ProvinceCode | undefined;
  onChange: (value: ProvinceCode | undefined) => void;
}) {
  const { t, i18n } = useTranslation('rating');
  return (
    <div className="field">
      <label htmlFor="rating-province">
        {t('province.label')} <span className="field__optional">{t('form.optional')}</span>
      </label>
      <select
        id="rating-province"
        value={value ?? ''}
        onChange={(e) => onChange((e.target.value || undefined) as ProvinceCode | undefined)}
      >
        <option value="">{t('province.none')}</option>
        {PROVINCES.map((p) => (
          <option key={p.code} value={p.code}>
            {i18n.language === 'vi' ? p.vi : p.en}
          </option>
        ))}
      </select>
    </div>
  );
}

export function DossierField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation('rating');
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor="rating-dossier">
        {t('dossier.label')} <span className="field__optional">{t('form.optional')}</span>
      </label>
      <p id="rating-dossier-hint" className="hint">
        {t('dossier.hint')}
      </p>
      {error && <FieldError id="rating-dossier-error" message={error} />}
      <input
        id="rating-dossier"
        type="text"
        name="dossierCode"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={
          error ? 'rating-dossier-hint rating-dossier-error' : 'rating-dossier-hint'
        }
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
      />
    </div>
  );
}
