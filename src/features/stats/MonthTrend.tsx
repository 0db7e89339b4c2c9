import { useTranslation } from 'react-i18next';
import { SATISFACTION_TARGET, type StatsResponse } from '../../domain/stats.ts';
import { Downloads } from './Downloads.tsx';
import { FiguresTable } from './FiguresTable.tsx';
import type { StatsFilters } from './filters.ts';
import { formatMonth, formatPercent } from './format.ts';
import { shownGroups } from './groups.ts';

const WIDTH = 600;
const HEIGHT = 220;
const PAD = { left: 44, right: 12, top: 12, bottom: 28 };

/**
 * The rate month by month as a line (SVG, scales with its box), target dashed. A month with
 * too few ratings leaves a gap rather than a misleading point; the table says why.
 */
export function MonthTrend(props: {
  response: StatsResponse;
  filters: StatsFilters;
  scope: string;
}) {
  const { response } = props;
  const { t, i18n } = useTranslation('stats');
  const lang = i18n.language;
  const groups = shownGroups('month', response.groups, t, lang);
  const title = t('by.month.title');
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) =>
    PAD.left + (groups.length <= 1 ? innerW / 2 : (i * innerW) / (groups.length - 1));
  const y = (rate: number) => PAD.top + (1 - rate) * innerH;

  // Consecutive meaningful months form one segment; a gap starts a new one.
  const segments: string[] = [];
  let current: string[] = [];
  groups.forEach((g, i) => {
    if (g.rate === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
    } else current.push(`${x(i).toFixed(1)},${y(g.rate).toFixed(1)}`);
  });
  if (current.length) segments.push(current.join(' '));
  const labelEvery = Math.max(1, Math.ceil(groups.length / 6));

  return (
    <section className="breakdown" aria-labelledby="breakdown-month">
      <h2 id="breakdown-month">{title}</h2>
      <p className="breakdown__scope">{props.scope}</p>
      <div className="breakdown__body">
        <svg
          className="line-chart"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-label={t('chart.line', { title, target: formatPercent(SATISFACTION_TARGET, lang) })}
        >
          {[0, 0.5, 1].map((tick) => (
            <g key={tick}>
              <line
                className="line-chart__grid"
                x1={PAD.left}
                x2={WIDTH - PAD.right}
                y1={y(tick)}
                y2={y(tick)}
              />
              <text className="line-chart__label" x={PAD.left - 6} y={y(tick) + 4} textAnchor="end">
                {formatPercent(tick, lang)}
              </text>
            </g>
          ))}
          <line
            className="line-chart__target"
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={y(SATISFACTION_TARGET)}
            y2={y(SATISFACTION_TARGET)}
          />
          {segments.map((points) => (
            <polyline key={points} className="line-chart__line" points={points} />
          ))}
          {groups.map((g, i) =>
            g.rate === null ? null : (
              <circle key={g.key} className="line-chart__dot" cx={x(i)} cy={y(g.rate)} r={4} />
            ),
          )}
          {groups.map((g, i) =>
            i % labelEvery === 0 ? (
              <text
                key={g.key}
                className="line-chart__label"
                x={x(i)}
                y={HEIGHT - 8}
                textAnchor="middle"
              >
                {formatMonth(g.key, lang, true)}
              </text>
            ) : null,
          )}
        </svg>
        <FiguresTable caption={title} groupHeader={t('by.month.group')} groups={groups} />
      </div>
      <Downloads by="month" filters={props.filters} title={title} />
    </section>
  );
}
