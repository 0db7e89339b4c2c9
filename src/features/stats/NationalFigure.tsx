import { useTranslation } from 'react-i18next';
import { SATISFACTION_LEVELS } from '../../domain/rating.ts';
import {
  isMeaningful,
  MIN_MEANINGFUL,
  SATISFACTION_TARGET,
  type StatsResponse,
} from '../../domain/stats.ts';
import { formatCount, formatPercent } from './format.ts';

/** The headline: the rate against the 90% target, always with the count at each level. */
export function NationalFigure({ response }: { response: StatsResponse }) {
  const { t, i18n } = useTranslation('stats');
  const lang = i18n.language;
  const { overall } = response;
  const rate = isMeaningful(overall.total) ? overall.satisfactionRate : null;
  const target = formatPercent(SATISFACTION_TARGET, lang);
  return (
    <section className="national" aria-labelledby="national-heading">
      <h2 id="national-heading">{t('national.heading')}</h2>
      {rate === null ? (
        <p className="national__rate">{t('notMeaningful.long', { min: MIN_MEANINGFUL })}</p>
      ) : (
        <p className="national__rate">
          <strong>{formatPercent(rate, lang)}</strong>{' '}
          {t('national.satisfied', {
            count: overall.total,
            total: formatCount(overall.total, lang),
          })}
        </p>
      )}
      <p className="national__target">
        {t('national.target', { target })}{' '}
        {rate !== null && (rate >= SATISFACTION_TARGET ? t('national.met') : t('national.notMet'))}
      </p>
      <ul className="national__levels">
        {SATISFACTION_LEVELS.map((level) => (
          <li key={level}>
            <span className="national__count">{formatCount(overall.counts[level], lang)}</span>{' '}
            {t(`level.${level}`)}
          </li>
        ))}
      </ul>
      <p className="hint">{t('formula')}</p>
    </section>
  );
}
