import { useTranslation } from 'react-i18next';
import { SATISFACTION_LEVELS } from '../../domain/rating.ts';
import { figureStateOf, type StatsResponse } from '../../domain/stats.ts';
import { Downloads } from './Downloads.tsx';
import type { StatsFilters } from './filters.ts';
import { formatCount, formatPercent } from './format.ts';
import { periodOf } from './scope.ts';
import { TargetNote } from './TargetNote.tsx';

/**
 * The headline: what it covers (place, channel, procedure, period), the rate against the
 * target, always with the count at each level; the files behind it.
 */
export function NationalFigure(props: {
  response: StatsResponse;
  filters: StatsFilters;
  scope: string;
}) {
  const { t, i18n } = useTranslation('stats');
  const lang = i18n.language;
  const { response, scope } = props;
  const { overall } = response;
  const state = figureStateOf(overall.total);
  const rate = state === 'rate' ? overall.satisfactionRate : null;
  const total = formatCount(overall.total, lang);
  return (
    <section className="national" aria-labelledby="national-heading">
      <h2 id="national-heading">{scope}</h2>
      <p className="national__period">{periodOf(response, t, lang)}</p>
      {rate === null ? (
        <p className="national__rate">
          {state === 'none'
            ? t('state.noneLong')
            : t('state.fewLong', { count: overall.total, total, min: response.minMeaningful })}
        </p>
      ) : (
        <p className="national__rate">
          <strong>{formatPercent(rate, lang)}</strong>{' '}
          {t('national.satisfied', { count: overall.total, total })}
        </p>
      )}
      <TargetNote response={response} rate={rate} />
      <ul className="national__levels">
        {SATISFACTION_LEVELS.map((level) => (
          <li key={level}>
            <span className="national__count">{formatCount(overall.counts[level], lang)}</span>{' '}
            {t(`level.${level}`)}
          </li>
        ))}
      </ul>
      <p className="hint">{t('formula')}</p>
      <Downloads by={response.by} filters={props.filters} title={scope} />
    </section>
  );
}
