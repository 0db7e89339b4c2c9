import { procedureCodeSchema } from '../../domain/procedure.ts';
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
  /** A procedure's code (1.001193): the whole dashboard for that one procedure. */
  procedure?: string;
}

export const FILTER_PARAMS = ['from', 'to', 'channel', 'province', 'procedure'] as const;

const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

const VALID: Record<(typeof FILTER_PARAMS)[number], (value: string) => boolean> = {
  // Only the shape: whether it is a day on the calendar and inside the published span is the
  // server's to say, and its 400 names the field with a reason the page translates.
  from: (v) => DAY_SHAPE.test(v),
  to: (v) => DAY_SHAPE.test(v),
  channel: (v) => (RATING_CHANNELS as readonly string[]).includes(v),
  province: (v) => (PROVINCE_CODES as readonly string[]).includes(v),
  procedure: (v) => procedureCodeSchema.safeParse(v).success,
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
