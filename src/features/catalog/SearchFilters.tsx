import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogFilters } from '../../domain/catalog-filters.ts';
import { ONLINE_LEVELS } from '../../domain/online-level.ts';
import { GOVERNMENT_LEVELS } from '../../domain/procedure-values.ts';
import { PROVINCES, type ProvinceCode } from '../../domain/provinces.ts';
import { ALL_PROVINCES } from './filters.ts';

interface Props {
  filters: CatalogFilters;
  fields: readonly string[];
  onChange: (param: 'level' | 'field' | 'gov', value: string | undefined) => void;
  onProvinceChange: (province: ProvinceCode | undefined) => void;
  onClear: () => void;
  canClear: boolean;
}

export function SearchFilters(props: Props) {
  const { filters, fields, onChange, onProvinceChange, onClear, canClear } = props;
  const { t, i18n } = useTranslation('catalog');
  const id = useId();
  const provinceHelpId = `${id}-province-help`;
  const activeCount = [filters.level, filters.field, filters.gov, filters.province].filter(
    Boolean,
  ).length;
  // Collapsed on a phone so results are not pushed below the fold; open on wider screens and
  // whenever a filter is in use, so an active filter is never hidden.
  const [isOpen, setIsOpen] = useState(
    () => activeCount > 0 || (globalThis.matchMedia?.('(min-width: 48rem)').matches ?? true),
  );
  return (
    <details className="filters" open={isOpen} onToggle={(e) => setIsOpen(e.currentTarget.open)}>
      <summary>
        {t('filters.legend')}
        {activeCount > 0 && ` (${t('filters.active', { count: activeCount })})`}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{t('filters.legend')}</legend>
        <div className="filters__grid">
          <div className="field">
            <label htmlFor={`${id}-level`}>{t('filters.level')}</label>
            <select
              id={`${id}-level`}
              value={filters.level ?? ''}
              onChange={(e) => onChange('level', e.target.value || undefined)}
            >
              <option value="">{t('filters.any')}</option>
              {ONLINE_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`level.${level}.label`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-gov`}>{t('filters.gov')}</label>
            <select
              id={`${id}-gov`}
              value={filters.gov ?? ''}
              onChange={(e) => onChange('gov', e.target.value || undefined)}
            >
              <option value="">{t('filters.any')}</option>
              {GOVERNMENT_LEVELS.map((gov) => (
                <option key={gov} value={gov}>
                  {t(`gov.${gov}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-field`}>{t('filters.field')}</label>
            <select
              id={`${id}-field`}
              value={filters.field ?? ''}
              onChange={(e) => onChange('field', e.target.value || undefined)}
            >
              <option value="">{t('filters.any')}</option>
              {fields.map((field) => (
                <option key={field} value={field} lang="vi">
                  {field}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-province`}>{t('filters.province')}</label>
            <select
              id={`${id}-province`}
              aria-describedby={provinceHelpId}
              value={filters.province ?? ALL_PROVINCES}
              onChange={(e) =>
                onProvinceChange(
                  e.target.value === ALL_PROVINCES ? undefined : (e.target.value as ProvinceCode),
                )
              }
            >
              <option value={ALL_PROVINCES}>{t('filters.allProvinces')}</option>
              {PROVINCES.map((p) => (
                <option key={p.code} value={p.code}>
                  {i18n.language === 'vi' ? p.vi : p.en}
                </option>
              ))}
            </select>
            <p id={provinceHelpId} className="hint">
              {t('filters.provinceHelp')}
            </p>
          </div>
        </div>
        {canClear && (
          <button type="button" className="button button--secondary" onClick={onClear}>
            {t('filters.clear')}
          </button>
        )}
      </fieldset>
    </details>
  );
}
