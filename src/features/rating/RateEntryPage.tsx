import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProcedureEntry } from '../../domain/catalog-delta.ts';
import { formatNumber } from '../../ui/format.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { useCatalog } from '../catalog/useCatalog.ts';
import { useQueryParam } from '../catalog/useQueryParam.ts';
import { ratePath } from './paths.ts';
import './rating.css';

const SHOWN = 20;

/**
 * /rate: "Rate a service" without a procedure page first. The citizen finds the procedure with
 * the catalogue's own search (same ranking, same folding of Vietnamese) and picks it.
 */
export function RateEntryPage() {
  const { t, i18n } = useTranslation('rating');
  const { t: tc } = useTranslation('common');
  useDocumentTitle(t('entry.title'), tc('app.name'));
  const id = useId();
  // Not controlled by the URL alone: keystrokes before a re-render would be lost (issue 20).
  const [query, onQueryChange] = useQueryParam('q');
  const { search, procedureCount, sync } = useCatalog();
  const results = useMemo(
    () => (search && query.trim() ? search.search(query) : []),
    [search, query],
  );
  const hasNoCatalog = procedureCount === 0 && sync.status !== 'syncing';

  return (
    <div className="rate-entry">
      <h1 tabIndex={-1}>{t('entry.title')}</h1>
      <p className="lead">{t('entry.lead')}</p>
      <div className="search">
        <label htmlFor={id}>{t('entry.searchLabel')}</label>
        <p id={`${id}-hint`} className="hint">
          {t('entry.searchHint')}
        </p>
        <input
          id={id}
          type="search"
          value={query}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          onChange={(e) => onQueryChange(e.target.value)}
        />
      </div>
      {hasNoCatalog && <p className="notice">{t('entry.noCatalog')}</p>}
      {!search && !hasNoCatalog && <p>{t('entry.loading')}</p>}
      {search && query.trim() !== '' && <EntryResults results={results} language={i18n.language} />}
    </div>
  );
}

function EntryResults({ results, language }: { results: ProcedureEntry[]; language: string }) {
  const { t } = useTranslation('rating');
  if (results.length === 0) return <p role="status">{t('entry.noResults')}</p>;
  const shown = results.slice(0, SHOWN);
  return (
    <section aria-labelledby="rate-entry-results">
      <h2 id="rate-entry-results">{t('entry.results')}</h2>
      <p role="status" className="hint">
        {results.length > SHOWN
          ? t('entry.shown', {
              shown: formatNumber(SHOWN, language),
              total: formatNumber(results.length, language),
            })
          : ''}
      </p>
      <ul className="rate-entry__list">
        {shown.map((procedure) => {
          const name =
            language === 'vi' ? procedure.name.vi : (procedure.name.en ?? procedure.name.vi);
          return (
            <li key={procedure.code}>
              <Link to={ratePath(procedure.code)} aria-label={t('entry.rate', { name })}>
                {name}
              </Link>{' '}
              <span className="hint">{procedure.code}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
