import { isCalendarDay } from '../../domain/calendar-day.ts';
import { PROVINCE_CODES } from '../../domain/provinces.ts';
import { RATING_CHANNELS } from '../../domain/rating-values.ts';
import type { StatsDimension } from '../../domain/stats.ts';

export const STATS_PATH = '/stats';

/** Dashboard filters, kept in the URL so a view can be shared (e.g. /stats?province=79). */
export interface StatsFilters {
  from?: string;
  to?: string;
  channel?: string;
  province?: string;
}

export const FILTER_PARAMS = ['from', 'to', 'channel', 'province'] as const;

const VALID: Record<(typeof FILTER_PARAMS)[number], (value: string) => boolean> = {
  // A real calendar day (Date.parse took 2025-02-30 as 2 March); the span is the server's to check.
  from: isCalendarDay,
  to: isCalendarDay,
  channel: (v) => (RATING_CHANNELS as readonly string[]).includes(v),
  province: (v) => (PROVINCE_CODES as readonly string[]).includes(v),
};

/** Reads the filters; a value that is not understood is dropped and reported, never sent on. */
export function parseStatsFilters(params: URLSearchParams): {
  filters: StatsFilters;
  ignored: string[];
} {
  const filters: StatsFilters = {};
  const ignored: string[] = [];
  for (const name of FILTER_PARAMS) {
    const value = params.get(name)?.trim();
    if (!value) continue;
    if (VALID[name](value)) filters[name] = value;
    else ignored.push(name);
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    ignored.push('from', 'to');
    delete filters.from;
    delete filters.to;
  }
  return { filters, ignored };
}

/** The query string of a view, in a fixed order: the API's query and the cache key. */
export function filtersQuery(filters: StatsFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FILTER_PARAMS) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  return params;
}

export function statsUrl(
  by: StatsDimension,
  filters: StatsFilters,
  format: 'json' | 'csv',
): string {
  const params = filtersQuery(filters);
  params.set('by', by);
  return `/api/stats${format === 'csv' ? '.csv' : ''}?${params.toString()}`;
}
