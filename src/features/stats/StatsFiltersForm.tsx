import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PROVINCES } from '../../domain/provinces.ts';
import { RATING_CHANNELS } from '../../domain/rating.ts';
import { FILTER_PARAMS, type StatsFilters } from './filters.ts';
import type { FilterParam } from './refused-filters.ts';

/**
 * Filters as a plain form: applied on submit (one request set per change, not per keystroke),
 * written to the URL by the page so the view can be shared or bookmarked.
 */
export function StatsFiltersForm(props: {
  filters: StatsFilters;
  onApply: (filters: StatsFilters) => void;
  /** The server's reason per refused field; the field keeps what the user typed. */
  errors?: Partial<Record<FilterParam, string>>;
}) {
  const { t, i18n } = useTranslation('stats');
  const id = useId();
  const { filters } = props;
  const isVi = i18n.language.startsWith('vi');
  const errors = props.errors ?? {};
  // aria-invalid and the message read with the field, as for any form error (WCAG 3.3.1).
  const errorOf = (name: FilterParam) => {
    const message = errors[name];
    return {
      props: message
        ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${name}-error` }
        : {},
      message: message && (
        <p id={`${id}-${name}-error`} className="stats-filters__error">
          {message}
        </p>
      ),
    };
  };
  const fromError = errorOf('from');
  const toError = errorOf('to');
  const procedureError = errorOf('procedure');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next: StatsFilters = {};
    for (const name of FILTER_PARAMS) {
      const value = String(data.get(name) ?? '').trim();
      if (value) next[name] = value;
    }
    props.onApply(next);
  };

  // key: a new URL (back button, shared link) resets the uncontrolled inputs to it.
  return (
    <form className="stats-filters" onSubmit={onSubmit} key={JSON.stringify(filters)}>
      <fieldset>
        <legend>{t('filters.legend')}</legend>
        <div className="stats-filters__grid">
          <div className="field">
            <label htmlFor={`${id}-from`}>{t('filters.from')}</label>
            <input
              id={`${id}-from`}
              name="from"
              type="date"
              defaultValue={filters.from ?? ''}
              {...fromError.props}
            />
            {fromError.message}
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('filters.to')}</label>
            <input
              id={`${id}-to`}
              name="to"
              type="date"
              defaultValue={filters.to ?? ''}
              {...toError.props}
            />
            {toError.message}
          </div>
          <div className="field">
            <label htmlFor={`${id}-channel`}>{t('filters.channel')}</label>
            <select id={`${id}-channel`} name="channel" defaultValue={filters.channel ?? ''}>
              <option value="">{t('filters.allChannels')}</option>
              {RATING_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`channel.${c}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-province`}>{t('filters.province')}</label>
            <select id={`${id}-province`} name="province" defaultValue={filters.province ?? ''}>
              <option value="">{t('filters.allProvinces')}</option>
              {PROVINCES.map((p) => (
                <option key={p.code} value={p.code}>
                  {isVi ? p.vi : p.en}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-procedure`}>{t('filters.procedure')}</label>
            <input
              id={`${id}-procedure`}
              name="procedure"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              defaultValue={filters.procedure ?? ''}
              {...procedureError.props}
              aria-describedby={[
                `${id}-procedure-hint`,
                ...(procedureError.message ? [`${id}-procedure-error`] : []),
              ].join(' ')}
            />
            <p id={`${id}-procedure-hint`} className="hint">
              {t('filters.procedureHint')}
            </p>
            {procedureError.message}
          </div>
        </div>
        <div className="stats-filters__actions">
          <button type="submit" className="button">
            {t('filters.apply')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => props.onApply({})}
          >
            {t('filters.clear')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
