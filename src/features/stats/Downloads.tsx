import { useTranslation } from 'react-i18next';
import type { StatsDimension } from '../../domain/stats.ts';
import { statsUrl, type StatsFilters } from './filters.ts';

/**
 * The open data behind one section: the same query as the figures shown, as CSV and as JSON
 * (issue 18: the month section had no CSV link). Each file's "all" row is the headline figure.
 */
export function Downloads(props: { by: StatsDimension; filters: StatsFilters; title: string }) {
  const { t } = useTranslation('stats');
  const { by, filters, title } = props;
  return (
    <p className="breakdown__downloads">
      <a href={statsUrl(by, filters, 'csv')} download>
        {t('download.csv', { title })}
      </a>{' '}
      <a href={statsUrl(by, filters, 'json')}>{t('download.json', { title })}</a>
    </p>
  );
}
