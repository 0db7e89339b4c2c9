import { useEffect, useState } from 'react';
import { useCachedDashboardFigures } from '../../db/hooks-stats.ts';
import {
  dashboardFiguresSchema,
  saveDashboardFigures,
  type CachedFigures,
  type DashboardFigures,
} from '../../db/stats-cache.ts';
import { apiErrorSchema } from '../../domain/api-error.ts';
import { queryIssuesSchema } from '../../domain/stats-period.ts';
import { filtersQuery, parseStatsFilters, statsUrl, type StatsFilters } from './filters.ts';

/** refused: the server answered 400 for these filters (a date out of the span…): not offline. */
export type FetchState = 'loading' | 'fresh' | 'failed' | 'refused';

/** A refused parameter and why, from the 400's details (codes in domain/stats-period.ts). */
export interface RefusedFilter {
  param: string;
  code: string;
}

class FiltersRefused extends Error {
  constructor(readonly issues: RefusedFilter[]) {
    super('The server refused these filters');
  }
}

/** The refused parameters of a 400 in our error shape; undefined for any other failure. */
async function refusedFilters(response: Response): Promise<RefusedFilter[] | undefined> {
  if (response.status !== 400) return undefined;
  const body = apiErrorSchema.safeParse(await response.json().catch(() => undefined));
  const details = body.success ? queryIssuesSchema.safeParse(body.data.error.details) : undefined;
  return details?.success ? details.data.map(({ param, code }) => ({ param, code })) : undefined;
}

async function getJson(url: string): Promise<unknown> {
  // no-cache: the server lets shared caches keep stats for a minute, but the dashboard keeps its
  // own copy on the device. Served from the browser's HTTP cache while the server is down, old
  // figures would be shown as "fetched just now" instead of "saved at …, server unreachable".
  const response = await fetch(url, { cache: 'no-cache', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const refused = await refusedFilters(response);
    throw refused ? new FiltersRefused(refused) : new Error(`${url}: HTTP ${response.status}`);
  }
  return response.json();
}

async function fetchFigures(filters: StatsFilters): Promise<DashboardFigures> {
  const dims = ['month', 'province', 'procedure', 'field', 'channel'] as const;
  const [month, province, procedure, field, channel, catalog] = await Promise.all([
    ...dims.map((by) => getJson(statsUrl(by, filters, 'json'))),
    getJson('/api/catalog-stats?by=province'),
  ]);
  return dashboardFiguresSchema.parse({ month, province, procedure, field, channel, catalog });
}

interface ViewState {
  key: string;
  state: FetchState;
  refused: RefusedFilter[];
}

/**
 * Fetches the dashboard's figures and stores them on the device; what is shown always comes
 * from the store, so offline (or when the server fails) the last figures stay, with their date.
 * A 400 is not a failure to reach the server: it says which filters were refused, and why.
 */
export function useDashboardFigures(filters: StatsFilters): {
  state: FetchState;
  cached: CachedFigures | null | undefined;
  refused: RefusedFilter[];
} {
  const viewKey = filtersQuery(filters).toString();
  const [state, setState] = useState<ViewState>({ key: viewKey, state: 'loading', refused: [] });
  const cached = useCachedDashboardFigures(viewKey);

  useEffect(() => {
    let isCurrent = true;
    const { filters: viewFilters } = parseStatsFilters(new URLSearchParams(viewKey));
    setState({ key: viewKey, state: 'loading', refused: [] });
    fetchFigures(viewFilters)
      .then(async (figures) => {
        await saveDashboardFigures(viewKey, figures);
        if (isCurrent) setState({ key: viewKey, state: 'fresh', refused: [] });
      })
      .catch((error: unknown) => {
        if (!isCurrent) return;
        if (error instanceof FiltersRefused) {
          setState({ key: viewKey, state: 'refused', refused: error.issues });
        } else setState({ key: viewKey, state: 'failed', refused: [] });
      });
    return () => {
      isCurrent = false;
    };
  }, [viewKey]);

  const isCurrentView = state.key === viewKey;
  return {
    state: isCurrentView ? state.state : 'loading',
    cached,
    refused: isCurrentView ? state.refused : [],
  };
}
