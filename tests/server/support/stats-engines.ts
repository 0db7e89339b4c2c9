import type { FastifyInstance } from 'fastify';
import { createApp } from '../../../src/server/app.ts';
import { loadConfig } from '../../../src/server/config.ts';
import { openPostgresStorage } from '../../../src/server/storage/postgres/storage.ts';
import { openSqliteStorage, sqliteFileIn } from '../../../src/server/storage/sqlite/storage.ts';
import type { Storage } from '../../../src/server/storage/types.ts';
import { LIFTED_RATING_QUOTA } from '../../support/rating-quota.ts';
import { createTestDatabase } from './databases.ts';
import { makeTempDir } from './storage.ts';

/** One storage engine with the real app over it, for tests that compare engines. */
export interface StatsEngine {
  name: 'SQLite' | 'PostgreSQL';
  storage: Storage;
  app: FastifyInstance;
  /** Where to read the ratings table directly (readRatingsTable). */
  table: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  dispose(): Promise<void>;
}

async function withApp(
  name: StatsEngine['name'],
  storage: Storage,
  table: StatsEngine['table'],
  cleanup: () => Promise<void>,
): Promise<StatsEngine> {
  const app = await createApp({
    config: loadConfig({}),
    storage,
    logger: false,
    staticRoot: '/nonexistent-dvc-dist',
    ratingsPerMinute: 1_000_000,
    ratingQuota: LIFTED_RATING_QUOTA,
    statsPerMinute: 1_000_000,
  });
  await app.ready();
  return {
    name,
    storage,
    app,
    table,
    async dispose() {
      await app.close();
      await storage.close();
      await cleanup();
    },
  };
}

/** SQLite always; PostgreSQL too when the server suite's cluster is there. */
export async function openStatsEngines(): Promise<StatsEngine[]> {
  const temp = makeTempDir('dvc-stats-');
  const file = sqliteFileIn(temp.dir);
  const engines = [
    await withApp('SQLite', openSqliteStorage(file), { kind: 'sqlite', file }, async () =>
      temp.cleanup(),
    ),
  ];
  const database = await createTestDatabase();
  if (database) {
    engines.push(
      await withApp(
        'PostgreSQL',
        await openPostgresStorage(database.url),
        { kind: 'postgres', url: database.url },
        () => database.drop(),
      ),
    );
  } else {
    console.warn('[stats] PostgreSQL absent: the stats tests ran against SQLite only');
  }
  return engines;
}
