import { useTranslation } from 'react-i18next';
import { SATISFACTION_LEVELS } from '../../domain/rating.ts';
import { MIN_MEANINGFUL } from '../../domain/stats.ts';
import { formatCount, formatPercent } from './format.ts';
import type { ShownGroup } from './groups.ts';

/** The accessible (and exact) version of a chart: one row per group, counts at every level. */
export function FiguresTable(props: {
  caption: string;
  groupHeader: string;
  groups: readonly ShownGroup[];
}) {
  const { t, i18n } = useTranslation('stats');
  const lang = i18n.language;
  return (
    <div className="table-scroll" role="region" aria-label={props.caption} tabIndex={0}>
      <table className="figures-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.groupHeader}</th>
            <th scope="col">{t('table.rate')}</th>
            <th scope="col">{t('table.total')}</th>
            {SATISFACTION_LEVELS.map((level) => (
              <th scope="col" key={level}>
                {t(`level.${level}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.groups.map((g) => (
            <tr key={g.key}>
              <th scope="row">{g.name}</th>
              <td>
                {g.rate === null
                  ? g.group.total === 0
                    ? t('notMeaningful.none')
                    : t('notMeaningful.short')
                  : formatPercent(g.rate, lang)}
              </td>
              <td>{formatCount(g.group.total, lang)}</td>
              {SATISFACTION_LEVELS.map((level) => (
                <td key={level}>{formatCount(g.group.counts[level], lang)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('notMeaningful.explain', { min: MIN_MEANINGFUL })}</p>
    </div>
  );
}
