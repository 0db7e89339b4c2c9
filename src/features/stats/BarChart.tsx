import { useTranslation } from 'react-i18next';
import { SATISFACTION_TARGET } from '../../domain/stats.ts';
import { formatPercent } from './format.ts';
import type { ShownGroup } from './groups.ts';
import { rateWording } from './scope.ts';

/**
 * Horizontal bars of the satisfaction rate, with the 90% target marked. Drawn with CSS (no
 * chart library); the figures are also in the table beside it, which is what a screen reader
 * reads — the chart itself is one labelled image. Every row's track has the same width (the
 * value sits in a fixed column), so the target line stands at the same place in every row,
 * empty or not; names wrap instead of being cut ("Thành phố Hồ…", issue 18).
 */
export function BarChart({ title, groups }: { title: string; groups: readonly ShownGroup[] }) {
  const { t, i18n } = useTranslation('stats');
  const lang = i18n.language;
  const target = formatPercent(SATISFACTION_TARGET, lang);
  return (
    <figure className="bar-chart-figure">
      <div className="bar-chart" role="img" aria-label={t('chart.bars', { title, target })}>
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
              />
            </span>
            <span className="bar-chart__value">{rateWording(g.group, t, lang)}</span>
          </div>
        ))}
      </div>
      <figcaption className="hint" aria-hidden="true">
        {t('chart.targetLegend', { target })}
      </figcaption>
    </figure>
  );
}
