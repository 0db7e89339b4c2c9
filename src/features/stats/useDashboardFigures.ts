import { useEffect, useState } from 'react';
import { useCachedDashboardFigures } from '../../db/hooks-stats.ts';
import {
  dashboardFiguresSchema,
  saveDashboardFigures,
  type CachedFigures,
  type DashboardFigures,
} from '../../db/stats-cache.ts';
import { filtersQuery, statsUrl, type StatsFilters } from './filters.ts';

export type FetchState = 'loading' | 'fresh' | 'failed';

async function getJson(url: string): Promise<unknown> {
  // no-cache: the server lets shared caches keep stats for a minute, but the dashboard keeps its
  // own copy on the device. Served from the browser's HTTP cache while the server is down, old
  // figures would be shown as "fetched just now" instead of "saved at …, server unreachable".
  const response = await fetch(url, { cache: 'no-cache', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
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

/**
 * Fetches the dashboard's figures and stores them on the device; what is shown always comes
 * from the store, so offline (or when the server fails) the last figures stay, with their date.
 */
export function useDashboardFigures(filters: StatsFilters): {
  state: FetchState;
  cached: CachedFigures | null | undefined;
} {
  const viewKey = filtersQuery(filters).toString();
  const [state, setState] = useState<{ key: string; state: FetchState }>({
    key: viewKey,
    state: 'loading',
  });
  const cached = useCachedDashboardFigures(viewKey);

  useEffect(() => {
    let isCurrent = true;
    const { from, to, channel, province } = Object.fromEntries(
      new URLSearchParams(viewKey),
    ) as StatsFilters;
    setState({ key: viewKey, state: 'loading' });
    fetchFigures({ from, to, channel, province })
      .then(async (figures) => {
        await saveDashboardFigures(viewKey, figures);
        if (isCurrent) setState({ key: viewKey, state: 'fresh' });
      })
      .catch(() => {
        if (isCurrent) setState({ key: viewKey, state: 'failed' });
      });
    return () => {
      isCurrent = false;
    };
  }, [viewKey]);

  return { state: state.key === viewKey ? state.state : 'loading', cached };
}
