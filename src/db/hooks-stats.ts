import { useLiveQuery } from 'dexie-react-hooks';
import { loadDashboardFigures, type CachedFigures } from './stats-cache.ts';

/** The stored figures of one dashboard view, live; null = none stored, undefined = loading. */
export function useCachedDashboardFigures(viewKey: string): CachedFigures | null | undefined {
  return useLiveQuery(async () => (await loadDashboardFigures(viewKey)) ?? null, [viewKey]);
}
