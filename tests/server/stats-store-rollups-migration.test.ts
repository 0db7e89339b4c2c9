import { afterAll, describe, expect, it } from 'vitest';
import { RATING_CRITERIA, SATISFACTION_LEVELS, type Rating } from '../../src/domain/rating.ts';
import {
  STATS_DIMENSIONS,
  statsResponseSchema,
  type StatsDimension,
} from '../../src/domain/stats.ts';
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
 * Migration 6: on SQLite the rollup counting moves from a trigger on `ratings` to the rating
 * store (once per batch); on both engines two indexes the stats no longer read are dropped. A
 * database that holds ratings at schema 5 must answer GET /api/stats exactly as before the
 * upgrade, and ratings stored afterwards must be counted once — not zero times (no one counts)
 * nor twice (trigger and store both count).
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
          : {
              [RATING_CRITERIA[n % 7] as string]: SATISFACTION_LEVELS[(n + 1) % 3],
              [RATING_CRITERIA[(n + 3) % 7] as string]: SATISFACTION_LEVELS[n % 3],
            },
      province: n % 5 === 0 ? undefined : n % 3 === 0 ? '01' : '79',
      channel: n % 2 === 0 ? 'online' : 'in_person',
      // 20:30 UTC is 03:30 the next day in Vietnam: the day rollups must follow UTC+7.
      createdAt: `2025-0${1 + (n % 6)}-${String(1 + (n % 28)).padStart(2, '0')}T20:30:00.000Z`,
    });
  });
}

/** Whole months, cut months (day rollups at the edges) and the filters of every cube. */
type Query = { by: StatsDimension; from: string; to: string } & Record<string, string>;
const QUERIES: Query[] = STATS_DIMENSIONS.flatMap((by): Query[] => [
  { by, from: '2025-01-01', to: '2025-06-30' },
  { by, from: '2025-02-10', to: '2025-05-20', procedure: '2.000001' },
  { by, from: '2025-01-15', to: '2025-06-14', province: '79' },
  { by, from: '2025-03-01', to: '2025-04-30', channel: 'in_person' },
]);

const database = await createTestDatabase();
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** Every query's answer, by URL. */
async function statsAnswers(storage: Storage): Promise<Map<string, unknown>> {
  const app = await createApp({
    config: loadConfig({}),
    storage,
    logger: false,
    staticRoot: '/nonexistent-dvc-dist',
  });
  try {
    const answers = new Map<string, unknown>();
    for (const params of QUERIES) {
      const url = `/api/stats?${new URLSearchParams(params).toString()}`;
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      answers.set(url, statsResponseSchema.parse(response.json()));
    }
    return answers;
  } finally {
    await app.close();
  }
}

async function expectAnswersEqualCount(
  answers: Map<string, unknown>,
  table: Parameters<typeof readRatingsTable>[0],
) {
  const stored = await readRatingsTable(table);
  for (const params of QUERIES) {
    const url = `/api/stats?${new URLSearchParams(params).toString()}`;
    const answer = statsResponseSchema.parse(answers.get(url));
    const expected = modelStats(stored, CATALOG, params);
    expect(answer.overall, url).toEqual(expected.overall);
    expect(byKey(answer.groups), url).toEqual(byKey(expected.groups));
  }
}

function withoutGeneratedAt(answers: Map<string, unknown>): Map<string, unknown> {
  return new Map(
    [...answers].map(([url, answer]) => {
      const rest = { ...(answer as Record<string, unknown>) };
      delete rest.generatedAt;
      return [url, rest];
    }),
  );
}

describe('migration 6 (ingest speed) over a database that has ratings', () => {
  it('SQLite: stats are unchanged by the upgrade and count later ratings once', async () => {
    const temp = makeTempDir('dvc-store-rollups-migration-');
    cleanups.push(async () => temp.cleanup());
    const file = sqliteFileIn(temp.dir);
    const table = { kind: 'sqlite', file } as const;
    const before = openSqliteStorage(file, migrationsAsOf(SQLITE_MIGRATIONS, 5));
    await before.catalog.upsert(PROCEDURES);
    await before.ratings.insertBatch(ratings(150, 0).map((r) => incoming(r)));
    const answersAt5 = await statsAnswers(before);
    await expectAnswersEqualCount(answersAt5, table);
    await before.close();

    const after = openSqliteStorage(file);
    cleanups.push(() => after.close());
    const answersAt6 = await statsAnswers(after);
    expect(withoutGeneratedAt(answersAt6)).toEqual(withoutGeneratedAt(answersAt5));

    const results = await after.ratings.insertBatch(ratings(90, 150).map((r) => incoming(r)));
    expect(results.every((r) => r.status === 'accepted')).toBe(true);
    await expectAnswersEqualCount(await statsAnswers(after), table);
  });

  it.runIf(database !== undefined)(
    'PostgreSQL: stats are unchanged by the upgrade and count later ratings once',
    async () => {
      const url = database?.url ?? '';
      cleanups.push(async () => database?.drop());
      const table = { kind: 'postgres', url } as const;
      const before = await openPostgresStorage(url, migrationsAsOf(POSTGRES_MIGRATIONS, 5));
      await before.catalog.upsert(PROCEDURES);
      await before.ratings.insertBatch(ratings(150, 0).map((r) => incoming(r)));
      const answersAt5 = await statsAnswers(before);
      await expectAnswersEqualCount(answersAt5, table);
      await before.close();

      const after = await openPostgresStorage(url);
      cleanups.push(() => after.close());
      const answersAt6 = await statsAnswers(after);
      expect(withoutGeneratedAt(answersAt6)).toEqual(withoutGeneratedAt(answersAt5));

      const results = await after.ratings.insertBatch(ratings(90, 150).map((r) => incoming(r)));
      expect(results.every((r) => r.status === 'accepted')).toBe(true);
      await expectAnswersEqualCount(await statsAnswers(after), table);
    },
  );
});
