import { useTranslation } from 'react-i18next';
import { SATISFACTION_LEVELS } from '../../domain/rating.ts';
import { MIN_MEANINGFUL } from '../../domain/stats.ts';
import { formatCount } from './format.ts';
import type { ShownGroup } from './groups.ts';
import { rateWording } from './scope.ts';
import { useIsOverflowing } from './useIsOverflowing.ts';

/**
 * The accessible (and exact) version of a chart: one row per group, counts at every level.
 * On a phone the columns are narrowed to fit 360 px; if a table is still wider than its box
 * (a long name, large counts), the box scrolls, is keyboard-focusable, and says so in words.
 */
export function FiguresTable(props: {
  caption: string;
  groupHeader: string;
  groups: readonly ShownGroup[];
}) {
  const { t, i18n } = useTranslation('stats');
  const lang = i18n.language;
  const { ref, isOverflowing } = useIsOverflowing<HTMLDivElement>();
  return (
    <div>
      <div
        ref={ref}
        className={`table-scroll${isOverflowing ? ' table-scroll--overflowing' : ''}`}
        role="region"
        aria-label={t('table.region', { caption: props.caption })}
        tabIndex={0}
      >
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
                <td>{rateWording(g.group, t, lang)}</td>
                <td>{formatCount(g.group.total, lang)}</td>
                {SATISFACTION_LEVELS.map((level) => (
                  <td key={level}>{formatCount(g.group.counts[level], lang)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {isOverflowing && <p className="hint table-scroll__hint">{t('table.scrollHint')}</p>}
      <p className="hint">{t('state.explain', { min: MIN_MEANINGFUL })}</p>
    </div>
  );
}
