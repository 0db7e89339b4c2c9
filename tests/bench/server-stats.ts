import { createHash } from 'node:crypto';
import { loadSeedProcedures } from '../../src/server/catalog/seed.ts';
import { openStorage } from '../../src/server/storage/open.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { startServer } from '../e2e/support/server.ts';
import type { BenchContext } from './support/context.ts';
import { makeRatings } from './support/ratings.ts';
import {
  guarded,
  NotMeasured,
  type BenchModule,
  type Recorder,
  type RowSpec,
} from './support/result.ts';

const TARGET = 1_000_000;
const CHUNK = 5_000;
/** Loading stops here even short of TARGET, so the whole bench stays under 15 minutes. */
const LOAD_CAP_S = Number(process.env.BENCH_STATS_LOAD_CAP_S ?? 150);
const WARMUP = 3;
const RUNS = 20;
const QUERY = '/api/stats?by=province';

const ROWS: RowSpec[] = [
  {
    id: 'stats.sqlite',
    group: 'Server',
    label: 'GET /api/stats by province, one year, 1,000,000 ratings — SQLite',
    unit: 'ms',
    budget: 50,
    budgetKind: 'max',
  },
  {
    id: 'stats.postgres',
    group: 'Server',
    label: 'GET /api/stats by province, one year, 1,000,000 ratings — PostgreSQL',
    unit: 'ms',
    budget: 50,
    budgetKind: 'max',
  },
];

/**
 * Fills the database straight through the storage layer (the same insertBatch, triggers and
 * rollups the route uses, without HTTP), in big chunks: the query is what is measured here.
 */
async function load(
  storage: Storage,
  ctx: BenchContext,
  label: string,
): Promise<{ count: number; seconds: number }> {
  const procedures = loadSeedProcedures();
  if (!(await storage.catalog.meta())) await storage.catalog.upsert(procedures);
  const codes = procedures.map((p) => p.code);
  const start = performance.now();
  let count = 0;
  while (count < TARGET && (performance.now() - start) / 1000 < LOAD_CAP_S) {
    const receivedAt = new Date().toISOString();
    const items = makeRatings(CHUNK, codes, { days: 360 }).map((rating) => ({
      rating,
      contentHash: createHash('sha256').update(JSON.stringify(rating)).digest('hex'),
      receivedAt,
    }));
    await storage.ratings.insertBatch(items);
    count += CHUNK;
    if (count % 100_000 === 0)
      ctx.log(`stats ${label}: ${count.toLocaleString('en')} ratings loaded`);
  }
  return { count, seconds: (performance.now() - start) / 1000 };
}

async function measure(url: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i += 1) {
    const start = performance.now();
    const response = await fetch(`${url}${QUERY}`);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`GET ${QUERY} answered ${response.status}`);
    if (i >= WARMUP) times.push(performance.now() - start);
  }
  return times;
}

async function engine(
  ctx: BenchContext,
  record: Recorder,
  id: string,
  config: { dataDir: string; databaseUrl?: string },
): Promise<void> {
  const storage = await openStorage(config);
  let loaded: { count: number; seconds: number };
  try {
    if (!('stats' in storage)) throw new NotMeasured('the stats storage has not landed');
    loaded = await load(storage, ctx, id);
  } catch (error) {
    if (error instanceof Error && /not implemented/.test(error.message)) {
      throw new NotMeasured('RatingStore.insertBatch is not implemented yet (issue 3)');
    }
    throw error;
  } finally {
    await storage.close();
  }
  const server = await startServer({
    dataDir: config.dataDir,
    env: { LOG_LEVEL: 'warn', ...(config.databaseUrl ? { DATABASE_URL: config.databaseUrl } : {}) },
  });
  try {
    const times = await measure(server.url);
    const size =
      loaded.count >= TARGET
        ? `${loaded.count.toLocaleString('en')} ratings`
        : `MEASURED OVER ${loaded.count.toLocaleString('en')} RATINGS, NOT 1,000,000 (loading stopped at the ${LOAD_CAP_S} s cap)`;
    record(
      id,
      times,
      `${size} over 360 days, loaded through the storage layer in ${loaded.seconds.toFixed(0)} s (${Math.round(loaded.count / loaded.seconds).toLocaleString('en')}/s); ${RUNS} requests after ${WARMUP} warm-ups, HTTP round trip`,
    );
  } finally {
    await server.dispose();
  }
}

export const serverStatsBench: BenchModule = {
  name: 'stats',
  rows: ROWS,
  async run(ctx, record) {
    await guarded(record, ['stats.sqlite'], () =>
      engine(ctx, record, 'stats.sqlite', { dataDir: ctx.tempDir('stats-sqlite') }),
    );
    await guarded(record, ['stats.postgres'], async () => {
      const databaseUrl = await ctx.postgresDatabase();
      if (!databaseUrl)
        throw new NotMeasured('PostgreSQL is not installed: PostgreSQL figures skipped', 'skipped');
      await engine(ctx, record, 'stats.postgres', {
        dataDir: ctx.tempDir('stats-pg'),
        databaseUrl,
      });
    });
  },
};
