import { useDeferredValue, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { applyFilters } from '../../domain/catalog-filters.ts';
import type { ProvinceCode } from '../../domain/provinces.ts';
import { formatNumber } from '../../ui/format.ts';
import { LifeEventsNav } from '../events/LifeEventsNav.tsx';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { CatalogStatus } from './CatalogStatus.tsx';
import { ALL_PROVINCES, PARAM, parseFilters } from './filters.ts';
import { ResultsList } from './ResultsList.tsx';
import { SearchFilters } from './SearchFilters.tsx';
import { useCatalog } from './useCatalog.ts';
import { useChosenProvince } from './useChosenProvince.ts';
import { useQueryParam } from './useQueryParam.ts';
import { useUpdateSearchParams } from './useUpdateSearchParams.ts';

export function SearchPage() {
  const { t, i18n } = useTranslation('catalog');
  const { t: tc } = useTranslation('common');
  useDocumentTitle(t('search.title'), tc('app.name'));
  const id = useId();
  const { search, procedureCount } = useCatalog();
  const { province: remembered, setProvince } = useChosenProvince();
  const [params] = useSearchParams();
  const updateParams = useUpdateSearchParams();

  const [query, onQueryChange] = useQueryParam(PARAM.query);

  const paramsKey = params.toString();
  const filters = useMemo(
    () => parseFilters(new URLSearchParams(paramsKey), search?.fields, remembered),
    [paramsKey, search, remembered],
  );
  // Keystrokes stay responsive on the 5,670-procedure catalogue: results render at lower priority.
  const deferredQuery = useDeferredValue(query);
  const results = useMemo(
    () =>
      search
        ? applyFilters(search.search(deferredQuery, { province: filters.province }), filters)
        : undefined,
    [search, deferredQuery, filters],
  );

  const onProvinceChange = (code: ProvinceCode | undefined) => {
    void setProvince(code);
    updateParams((next) => next.set(PARAM.province, code ?? ALL_PROVINCES));
  };

  const onClear = () =>
    updateParams((next) => {
      next.delete(PARAM.level);
      next.delete(PARAM.field);
      next.delete(PARAM.gov);
      // Always explicit: a province picked in the header just before may not be stored yet,
      // and once it is, it must not undo this clear.
      next.set(PARAM.province, ALL_PROVINCES);
    });

  return (
    <>
      <h1 tabIndex={-1}>{t('search.title')}</h1>
      <p className="lead">{t('search.intro')}</p>
      <CatalogStatus />
      <form role="search" className="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={`${id}-q`}>{t('search.label')}</label>
        <p id={`${id}-hint`} className="hint">
          {t('search.hint')}
        </p>
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onQueryChange(e.target.value)}
        />
      </form>
      {/* Issue 19: life events the query names come before the procedures. */}
      <LifeEventsNav query={deferredQuery} />
      <SearchFilters
        filters={filters}
        fields={search?.fields ?? []}
        onChange={(param, value) =>
          updateParams((next) => (value ? next.set(param, value) : next.delete(param)))
        }
        onProvinceChange={onProvinceChange}
        onClear={onClear}
        canClear={Boolean(filters.level || filters.field || filters.gov || filters.province)}
      />
      <p className="count" role="status" aria-live="polite">
        {results && search && search.all.length > 0
          ? t('search.count', {
              count: results.length,
              formatted: formatNumber(results.length, i18n.language),
            })
          : (procedureCount ?? 0) > 0
            ? tc('loading')
            : ''}
      </p>
      {results && search && search.all.length > 0 && (
        <ResultsList key={`${deferredQuery}|${paramsKey}|${remembered ?? ''}`} results={results} />
      )}
    </>
  );
}
