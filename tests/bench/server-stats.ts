import { openStorage } from '../../src/server/storage/open.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { startServer } from '../e2e/support/server.ts';
import type { BenchContext } from './support/context.ts';
import { ensureCatalog, generateRatings } from './generate-ratings.ts';
import { timeStatsQuery, YEAR_BY_PROVINCE } from './measure-stats.ts';
import {
  guarded,
  NotMeasured,
  type BenchModule,
  type Recorder,
  type RowSpec,
} from './support/result.ts';

const TARGET = 1_000_000;
/** Loading stops here even short of TARGET, so the whole bench stays under 15 minutes. */
const LOAD_CAP_S = Number(process.env.BENCH_STATS_LOAD_CAP_S ?? 150);
const RUNS = 20;

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
 * Fills the database with generate-ratings.ts (the real national catalogue's codes when the data
 * folder is there, else the seed; all 34 provinces; a year): through the rating store's
 * insertBatch, so the triggers keep the rollups as in production. The query is what is measured.
 */
async function load(
  storage: Storage,
  ctx: BenchContext,
  label: string,
): Promise<{ count: number; seconds: number; catalog: string }> {
  const catalog = await ensureCatalog(storage, (m) => ctx.log(`stats ${label}: ${m}`));
  const start = performance.now();
  const { accepted, seconds } = await generateRatings(storage, {
    count: TARGET,
    codes: catalog.codes,
    shouldStop: () => (performance.now() - start) / 1000 >= LOAD_CAP_S,
    onProgress: (n) => {
      if (n % 100_000 === 0) ctx.log(`stats ${label}: ${n.toLocaleString('en')} ratings loaded`);
    },
  });
  return {
    count: accepted,
    seconds,
    catalog: `${catalog.codes.length.toLocaleString('en')} procedures of the ${catalog.source} catalogue`,
  };
}

async function engine(
  ctx: BenchContext,
  record: Recorder,
  id: string,
  config: { dataDir: string; databaseUrl?: string },
): Promise<void> {
  const storage = await openStorage(config);
  let loaded: Awaited<ReturnType<typeof load>>;
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
    // Above the stats rate limit's default, so that more runs never measure a 429.
    env: {
      LOG_LEVEL: 'warn',
      STATS_RATE_LIMIT_PER_MINUTE: '1000000',
      ...(config.databaseUrl ? { DATABASE_URL: config.databaseUrl } : {}),
    },
  });
  try {
    const { times } = await timeStatsQuery(server.url, { runs: RUNS, query: YEAR_BY_PROVINCE });
    const size =
      loaded.count >= TARGET
        ? `${loaded.count.toLocaleString('en')} ratings`
        : `MEASURED OVER ${loaded.count.toLocaleString('en')} RATINGS, NOT 1,000,000 (loading stopped at the ${LOAD_CAP_S} s cap)`;
    record(
      id,
      times,
      `${size} over 364 days (${loaded.catalog}, 34 provinces), loaded by generate-ratings.ts through the rating store in ${loaded.seconds.toFixed(0)} s (${Math.round(loaded.count / loaded.seconds).toLocaleString('en')}/s); ${RUNS} requests after 3 warm-ups, HTTP round trip`,
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
