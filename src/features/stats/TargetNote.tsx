import { useTranslation } from 'react-i18next';
import { targetRelation } from '../../domain/stats-target.ts';
import type { StatsResponse } from '../../domain/stats.ts';
import { formatPercent } from './format.ts';

/**
 * The target with its source and year, and how the period on screen stands to that year
 * (issue 18: "Mục tiêu năm 2025" over Dec 2025 – Dec 2026). Whether it is met is said only for
 * a meaningful rate, and as a comparison with the 2025 figure when the period is not 2025.
 */
export function TargetNote({ response, rate }: { response: StatsResponse; rate: number | null }) {
  const { t, i18n } = useTranslation('stats');
  const { target, from, to } = response;
  const values = { target: formatPercent(target.rate, i18n.language), year: target.year };
  const relation = targetRelation(from, to, target.year);
  return (
    <p className="national__target">
      {t('target.rule', values)} {t(`target.relation.${relation}`, values)}{' '}
      {rate !== null &&
        (rate >= target.rate ? t('target.met', values) : t('target.notMet', values))}
    </p>
  );
}
