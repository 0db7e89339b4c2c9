import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { useUpdateSearchParams } from '../catalog/useUpdateSearchParams.ts';
import { Breakdown } from './Breakdown.tsx';
import { CatalogFigures } from './CatalogFigures.tsx';
import { filtersQuery, parseStatsFilters, type StatsFilters } from './filters.ts';
import { formatDateTime } from './format.ts';
import { MonthTrend } from './MonthTrend.tsx';
import { NationalFigure } from './NationalFigure.tsx';
import { ProvinceAgreement } from './ProvinceAgreement.tsx';
import { refusedMessages } from './refused-filters.ts';
import { scopeOf } from './scope.ts';
import { StatsFiltersForm } from './StatsFiltersForm.tsx';
import { useDashboardFigures } from './useDashboardFigures.ts';
import './stats.css';

/** Procedures and fields number in the thousands: the dashboard shows the most rated. */
const TOP_GROUPS = 15;

/** Public dashboard (/stats): the published satisfaction metric, online or from the device. */
export function StatsPage() {
  const { t, i18n } = useTranslation('stats');
  const { t: tc } = useTranslation('common');
  const lang = i18n.language;
  const [params] = useSearchParams();
  const updateParams = useUpdateSearchParams();
  const { filters, ignored } = parseStatsFilters(params);
  const { state, cached, refused } = useDashboardFigures(filters);
  // Figures saved for filters the server now refuses (a period that has grown too long) would
  // answer a question the server no longer does: the reasons are shown instead.
  const figures = state === 'refused' ? undefined : cached?.figures;
  const procedureName = filters.procedure
    ? figures?.procedure.groups.find((g) => g.key === filters.procedure)?.label
    : undefined;
  const scope = scopeOf(filters, t, lang, procedureName);
  useDocumentTitle(`${t('title')}: ${scope}`, tc('app.name'));
  const problems = refusedMessages(refused, t, lang);
  const fieldErrors = Object.fromEntries(
    problems.flatMap((p) => (p.param ? [[p.param, p.message]] : [])),
  );

  // The form sends every filter: the whole query is replaced, on this screen only (issue 20).
  const apply = (next: StatsFilters) => updateParams(() => filtersQuery(next));

  return (
    <div className="stats-page">
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {problems.length > 0 && (
        <div className="notice notice--error" role="alert">
          <p>{t('refused.title')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p.message}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      <ProvinceAgreement filters={filters} />
      <StatsFiltersForm filters={filters} onApply={apply} errors={fieldErrors} />
      {ignored.length > 0 && (
        <p className="note" role="status">
          {t('filters.ignored', { params: ignored.join(', ') })}
        </p>
      )}
      <div role="status" className="stats-status">
        {state === 'loading' && !figures && <p>{tc('loading')}</p>}
        {state === 'failed' && cached && (
          <p className="note">
            {t('status.offline', { date: formatDateTime(cached.fetchedAt, lang) })}
          </p>
        )}
        {state === 'failed' && cached === null && <p className="note">{t('status.none')}</p>}
        {state === 'fresh' && cached && (
          <p className="hint">
            {t('status.fresh', { date: formatDateTime(cached.fetchedAt, lang) })}
          </p>
        )}
      </div>
      {figures && (
        <>
          <p className="hint">{t('periodNote')}</p>
          <NationalFigure response={figures.month} filters={filters} scope={scope} />
          <MonthTrend response={figures.month} filters={filters} scope={scope} />
          <Breakdown response={figures.province} filters={filters} scope={scope} />
          <Breakdown response={figures.channel} filters={filters} scope={scope} />
          <Breakdown response={figures.field} filters={filters} scope={scope} limit={TOP_GROUPS} />
          <Breakdown
            response={figures.procedure}
            filters={filters}
            scope={scope}
            limit={TOP_GROUPS}
          />
          <CatalogFigures response={figures.catalog} />
          <p className="stats-open-data">
            <a href="/api/open-data/datapackage.json">{t('openData.link')}</a> {t('openData.note')}
          </p>
        </>
      )}
    </div>
  );
}
