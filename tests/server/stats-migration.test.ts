import { afterAll, describe, expect, it } from 'vitest';
import { RATING_CRITERIA, SATISFACTION_LEVELS, type Rating } from '../../src/domain/rating.ts';
import { statsResponseSchema, type StatsDimension } from '../../src/domain/stats.ts';
import { createApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { POSTGRES_MIGRATIONS } from '../../src/server/storage/postgres/migrations.ts';
import { openPostgresStorage } from '../../src/server/storage/postgres/storage.ts';
import { SQLITE_MIGRATIONS } from '../../src/server/storage/sqlite/migrations.ts';
import { openSqliteStorage, sqliteFileIn } from '../../src/server/storage/sqlite/storage.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { createTestDatabase } from './support/databases.ts';
import { incoming, makeRating } from './support/rating-fixtures.ts';
import { makeTempDir, migrationsAsOf } from './support/storage.ts';
import {
  byKey,
  modelStats,
  readRatingsTable,
  catalogFacts,
  UPGRADE_PROCEDURES,
} from './support/stats-reference.ts';

/**
 * Migration 5 adds rollups by procedure alone. A database that already holds ratings (made by
 * migrations 1–4) must come out of the upgrade with those rollups filled, and keep them right
 * for ratings stored afterwards: GET /api/stats equals a count of the ratings table.
 */

const PROCEDURES = UPGRADE_PROCEDURES;
const CATALOG = catalogFacts(PROCEDURES);

function ratings(count: number, offset: number): Rating[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + offset;
    return makeRating({
      procedureCode: PROCEDURES[n % 2]?.code,
      overall: SATISFACTION_LEVELS[n % 3],
      criteria:
        n % 4 === 0
          ? undefined
          : { [RATING_CRITERIA[n % 7] as string]: SATISFACTION_LEVELS[(n + 1) % 3] },
      province: n % 5 === 0 ? undefined : '79',
      channel: n % 2 === 0 ? 'online' : 'in_person',
      createdAt: `2025-0${1 + (n % 6)}-${String(1 + (n % 28)).padStart(2, '0')}T20:30:00.000Z`,
    });
  });
}

const database = await createTestDatabase();
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function expectStatsEqualCount(
  storage: Storage,
  table: Parameters<typeof readRatingsTable>[0],
) {
  const app = await createApp({
    config: loadConfig({}),
    storage,
    logger: false,
    staticRoot: '/nonexistent-dvc-dist',
  });
  try {
    const stored = await readRatingsTable(table);
    const by: StatsDimension[] = ['procedure', 'field', 'agency', 'month'];
    for (const dimension of by) {
      const queries: Record<string, string>[] = [
        { by: dimension, from: '2025-01-01', to: '2025-06-30' },
        { by: dimension, from: '2025-02-10', to: '2025-05-20', procedure: '2.000001' },
      ];
      for (const params of queries) {
        const query = { ...params, by: dimension, from: params.from ?? '', to: params.to ?? '' };
        const url = `/api/stats?${new URLSearchParams(params).toString()}`;
        const answer = statsResponseSchema.parse((await app.inject({ url })).json());
        const expected = modelStats(stored, CATALOG, query);
        expect(answer.overall, url).toEqual(expected.overall);
        expect(byKey(answer.groups), url).toEqual(byKey(expected.groups));
      }
    }
  } finally {
    await app.close();
  }
}

describe('migration 5 (procedure rollups) over a database that has ratings', () => {
  it('SQLite: fills the new rollups from the stored ratings and keeps them up to date', async () => {
    const temp = makeTempDir('dvc-stats-migration-');
    cleanups.push(async () => temp.cleanup());
    const file = sqliteFileIn(temp.dir);
    const before = openSqliteStorage(file, migrationsAsOf(SQLITE_MIGRATIONS, 4));
    await before.catalog.upsert(PROCEDURES);
    await before.ratings.insertBatch(ratings(120, 0).map((r) => incoming(r)));
    await before.close();

    const after = openSqliteStorage(file);
    cleanups.push(() => after.close());
    await expectStatsEqualCount(after, { kind: 'sqlite', file });
    await after.ratings.insertBatch(ratings(60, 120).map((r) => incoming(r)));
    await expectStatsEqualCount(after, { kind: 'sqlite', file });
  });

  it.runIf(database !== undefined)(
    'PostgreSQL: fills the new rollups from the stored ratings and keeps them up to date',
    async () => {
      const url = database?.url ?? '';
      cleanups.push(async () => database?.drop());
      const before = await openPostgresStorage(url, migrationsAsOf(POSTGRES_MIGRATIONS, 4));
      await before.catalog.upsert(PROCEDURES);
      await before.ratings.insertBatch(ratings(120, 0).map((r) => incoming(r)));
      await before.close();

      const after = await openPostgresStorage(url);
      cleanups.push(() => after.close());
      await expectStatsEqualCount(after, { kind: 'postgres', url });
      await after.ratings.insertBatch(ratings(60, 120).map((r) => incoming(r)));
      await expectStatsEqualCount(after, { kind: 'postgres', url });
    },
  );
});
