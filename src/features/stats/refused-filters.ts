import type { TFunction } from 'i18next';
import { latestStatsDay } from '../../domain/stats-period.ts';
import { STATS_FIRST_DAY, STATS_MAX_MONTHS, STATS_PERIOD_ISSUES } from '../../domain/stats.ts';
import { FILTER_PARAMS } from './filters.ts';
import { formatDay } from './format.ts';
import type { RefusedFilter } from './useDashboardFigures.ts';

export type FilterParam = (typeof FILTER_PARAMS)[number];

export interface RefusedMessage {
  /** The form field it belongs to, when it is one of the dashboard's filters. */
  param?: FilterParam;
  message: string;
}

function isFilterParam(param: string): param is FilterParam {
  return (FILTER_PARAMS as readonly string[]).includes(param);
}

function isPeriodIssue(code: string): code is (typeof STATS_PERIOD_ISSUES)[number] {
  return (STATS_PERIOD_ISSUES as readonly string[]).includes(code);
}

/**
 * The server's reasons for a 400 (issue 10), one translated sentence each, naming the field
 * as the form labels it. The limits are the domain's, so the message and the check agree.
 */
export function refusedMessages(
  refused: readonly RefusedFilter[],
  t: TFunction<'stats'>,
  lang: string,
  now: Date = new Date(),
): RefusedMessage[] {
  const values = {
    first: formatDay(STATS_FIRST_DAY, lang),
    last: formatDay(latestStatsDay(now), lang),
    months: STATS_MAX_MONTHS,
    years: STATS_MAX_MONTHS / 12,
  };
  const seen = new Set<string>();
  return refused.flatMap(({ param, code }) => {
    const reason = isPeriodIssue(code) ? code : 'other';
    if (seen.has(`${param}:${reason}`)) return [];
    seen.add(`${param}:${reason}`);
    const field = isFilterParam(param) ? t(`filters.${param}`) : t('refused.anyField');
    const message = t(`refused.${reason}`, { ...values, field });
    return [isFilterParam(param) ? { param, message } : { message }];
  });
}
