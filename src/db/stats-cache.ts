import { z } from 'zod';
import { catalogStatsResponseSchema, statsResponseSchema } from '../domain/stats.ts';
import { getDatabase } from './database.ts';

/**
 * The dashboard's last figures, kept in the settings table (key "stats.figures:<filters>") so
 * that offline it shows what it last fetched, with the date. No new table: the rows are small
 * and few (pruned to MAX_CACHED_VIEWS), so no Dexie version bump is needed.
 */
export const STATS_CACHE_PREFIX = 'stats.figures:';
export const MAX_CACHED_VIEWS = 12;

export const dashboardFiguresSchema = z.object({
  month: statsResponseSchema,
  province: statsResponseSchema,
  procedure: statsResponseSchema,
  field: statsResponseSchema,
  channel: statsResponseSchema,
  catalog: catalogStatsResponseSchema,
});
export type DashboardFigures = z.infer<typeof dashboardFiguresSchema>;

const cachedSchema = z.object({ fetchedAt: z.iso.datetime(), figures: dashboardFiguresSchema });
export type CachedFigures = z.infer<typeof cachedSchema>;

export async function saveDashboardFigures(
  viewKey: string,
  figures: DashboardFigures,
  fetchedAt: Date = new Date(),
): Promise<void> {
  const db = getDatabase();
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({
      key: STATS_CACHE_PREFIX + viewKey,
      value: { fetchedAt: fetchedAt.toISOString(), figures },
    });
    const rows = await db.settings.where('key').startsWith(STATS_CACHE_PREFIX).toArray();
    const byAge = rows
      .map((row) => ({ key: row.key, at: cachedSchema.safeParse(row.value).data?.fetchedAt ?? '' }))
      .sort((a, b) => b.at.localeCompare(a.at));
    await db.settings.bulkDelete(byAge.slice(MAX_CACHED_VIEWS).map((row) => row.key));
  });
}

/** undefined when nothing usable is stored (never fetched, or saved by an older app version). */
export async function loadDashboardFigures(viewKey: string): Promise<CachedFigures | undefined> {
  const row = await getDatabase().settings.get(STATS_CACHE_PREFIX + viewKey);
  const parsed = cachedSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : undefined;
}
