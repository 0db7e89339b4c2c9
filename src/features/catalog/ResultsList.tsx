import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureEntry } from '../../domain/catalog-delta.ts';
import { formatNumber } from '../../ui/format.ts';
import { ResultItem } from './ResultItem.tsx';

/** Rendering thousands of items at once would stall a low-end phone; show them in pages. */
export const PAGE_SIZE = 30;

/** Remount (key) when the search changes, so paging starts again from the top. */
export function ResultsList({ results }: { results: readonly ProcedureEntry[] }) {
  const { t, i18n } = useTranslation('catalog');
  const [shown, setShown] = useState(PAGE_SIZE);
  const visible = results.slice(0, shown);
  if (results.length === 0) return <p className="empty">{t('search.noResults')}</p>;
  return (
    <>
      <ol className="results" aria-label={t('search.results')}>
        {visible.map((p) => (
          <ResultItem key={p.code} procedure={p} />
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
