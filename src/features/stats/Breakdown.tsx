import { useTranslation } from 'react-i18next';
import type { StatsResponse } from '../../domain/stats.ts';
import { BarChart } from './BarChart.tsx';
import { Downloads } from './Downloads.tsx';
import { FiguresTable } from './FiguresTable.tsx';
import type { StatsFilters } from './filters.ts';
import { shownGroups, topByRatings } from './groups.ts';

/** One breakdown: a bar chart and its table side by side (stacked on a phone). */
export function Breakdown(props: {
  response: StatsResponse;
  filters: StatsFilters;
  /** The filters in force, in words (scope.ts): every section says what it covers. */
  scope: string;
  /** Show only the N groups with the most ratings (procedures, fields). */
  limit?: number;
}) {
  const { t, i18n } = useTranslation('stats');
  const { response, limit } = props;
  const by = response.by;
  const all = shownGroups(by, response.groups, t, i18n.language);
  const groups = limit ? topByRatings(all, limit) : all;
  const title = t(`by.${by}.title`);
  return (
    <section className="breakdown" aria-labelledby={`breakdown-${by}`}>
      <h2 id={`breakdown-${by}`}>{title}</h2>
      <p className="breakdown__scope">{props.scope}</p>
      {limit && all.length > groups.length && (
        <p className="hint">
          {t('top', { shown: groups.length, total: all.filter((g) => g.group.total > 0).length })}
        </p>
      )}
      {groups.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="breakdown__body">
          <BarChart title={title} groups={groups} />
          <FiguresTable caption={title} groupHeader={t(`by.${by}.group`)} groups={groups} />
        </div>
      )}
      <Downloads by={by} filters={props.filters} title={title} />
    </section>
  );
}
