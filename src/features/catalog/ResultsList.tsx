import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureEntry } from '../../domain/catalog-delta.ts';
import { formatNumber } from '../../ui/format.ts';
import { collapseToFamilies } from './family-results.ts';
import { ResultItem } from './ResultItem.tsx';
import { useCatalog } from './useCatalog.ts';
import { useChosenProvince } from './useChosenProvince.ts';

/** Rendering thousands of items at once would stall a low-end phone; show them in pages. */
export const PAGE_SIZE = 30;

/** Remount (key) when the search changes, so paging starts again from the top. */
export function ResultsList({ results: found }: { results: readonly ProcedureEntry[] }) {
  const { t, i18n } = useTranslation('catalog');
  const { families } = useCatalog();
  const { province } = useChosenProvince();
  const results = useMemo(
    () => collapseToFamilies(found, families, province),
    [found, families, province],
  );
  const [shown, setShown] = useState(PAGE_SIZE);
  const visible = results.slice(0, shown);
  if (results.length === 0) return <p className="empty">{t('search.noResults')}</p>;
  return (
    <>
      <ol className="results" aria-label={t('search.results')}>
        {visible.map((card) => (
          <ResultItem
            key={card.procedure.code}
            procedure={card.procedure}
            versions={card.versions}
          />
        ))}
      </ol>
      {shown < results.length && (
        <div className="results__more">
          <p>
            {t('search.shown', {
              shown: formatNumber(visible.length, i18n.language),
              total: formatNumber(results.length, i18n.language),
            })}
          </p>
          <button type="button" className="button" onClick={() => setShown((n) => n + PAGE_SIZE)}>
            {t('search.showMore')}
          </button>
        </div>
      )}
    </>
  );
}
