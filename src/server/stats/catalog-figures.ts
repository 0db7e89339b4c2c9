import { ONLINE_LEVELS } from '../../domain/online-level.ts';
import { PROVINCES } from '../../domain/provinces.ts';
import {
  FULL_PROCESS_TARGET,
  fullShareOf,
  NATIONAL_KEY,
  UNSPECIFIED_KEY,
  type CatalogLevelCounts,
  type CatalogStatsDimension,
  type CatalogStatsResponse,
} from '../../domain/stats.ts';
import type { CatalogIndex, ProcedureFacts } from './catalog-index.ts';

function emptyLevels(): CatalogLevelCounts {
  return Object.fromEntries(ONLINE_LEVELS.map((l) => [l, 0])) as CatalogLevelCounts;
}

/**
 * by=province: a province's own (SPECIFIC) procedures, and national ones under "national".
 * by=agency: each implementing agency (a procedure done by two agencies counts for both).
 */
function keysOf(by: CatalogStatsDimension, p: ProcedureFacts): readonly string[] {
  if (by === 'province') return [p.province ?? NATIONAL_KEY];
  return p.agencies.length > 0 ? p.agencies : [UNSPECIFIED_KEY];
}

/**
 * GET /api/catalog-stats: how many procedures are offered at each online level, against the
 * Decision 942/QĐ-TTg target of 100% of eligible procedures full-process online.
 */
export function computeCatalogFigures(
  index: CatalogIndex,
  by: CatalogStatsDimension,
  now: Date = new Date(),
): CatalogStatsResponse {
  const groups = new Map<string, CatalogLevelCounts>();
  const overall = emptyLevels();
  for (const p of index.byCode.values()) {
    overall[p.onlineLevel] += 1;
    for (const key of keysOf(by, p)) {
      let counts = groups.get(key);
      if (!counts) groups.set(key, (counts = emptyLevels()));
      counts[p.onlineLevel] += 1;
    }
  }
  const order = PROVINCES.map((p) => p.code as string);
  const rank = (key: string) => (key === NATIONAL_KEY ? -1 : order.indexOf(key));
  const keys = [...groups.keys()].sort((a, b) =>
    by === 'province' ? rank(a) - rank(b) : a.localeCompare(b, 'vi'),
  );
  const figure = (counts: CatalogLevelCounts) => ({
    total: ONLINE_LEVELS.reduce((sum, l) => sum + counts[l], 0),
    counts,
    fullShare: fullShareOf(counts),
  });
  return {
    by,
    catalogVersion: index.version,
    generatedAt: now.toISOString(),
    target: FULL_PROCESS_TARGET,
    groups: keys.map((key) => {
      const label = by === 'province' ? PROVINCES.find((p) => p.code === key)?.vi : undefined;
      return { key, ...(label ? { label } : {}), ...figure(groups.get(key) ?? emptyLevels()) };
    }),
    overall: figure(overall),
  };
}
