import { useTranslation } from 'react-i18next';
import { SATISFACTION_TARGET } from '../../domain/stats.ts';
import { formatPercent } from './format.ts';
import type { ShownGroup } from './groups.ts';

/**
 * Horizontal bars of the satisfaction rate, with the 90% target marked. Drawn with CSS (no
 * chart library); the figures are also in the table beside it, which is what a screen reader
 * reads — the chart itself is one labelled image.
 */
export function BarChart({ title, groups }: { title: string; groups: readonly ShownGroup[] }) {
  const { t, i18n } = useTranslation('stats');
  const target = formatPercent(SATISFACTION_TARGET, i18n.language);
  return (
    <div className="bar-chart" role="img" aria-label={t('chart.bars', { title })}>
      {groups.map((g) => (
        <div className="bar-chart__row" key={g.key}>
          <span className="bar-chart__name">{g.name}</span>
          <span className="bar-chart__track">
            {g.rate !== null && (
              <span
                className={`bar-chart__bar${g.rate >= SATISFACTION_TARGET ? ' bar-chart__bar--met' : ''}`}
                style={{ width: `${g.rate * 100}%` }}
              />
            )}
            <span
              className="bar-chart__target"
              style={{ left: `${SATISFACTION_TARGET * 100}%` }}
              title={t('chart.target', { target })}
            />
          </span>
          <span className="bar-chart__value">
            {g.rate === null ? t('notMeaningful.short') : formatPercent(g.rate, i18n.language)}
          </span>
        </div>
      ))}
    </div>
  );
}
