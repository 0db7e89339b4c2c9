import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { statsResponseSchema } from '../../src/domain/stats.ts';
import { createApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { openStorage } from '../../src/server/storage/open.ts';
import { median } from './support/result.ts';

/**
 * Times GET /api/stats over HTTP against a database already filled (for example by
 * generate-ratings.ts), on SQLite (DATA_DIR) or PostgreSQL (DATABASE_URL):
 *
 *   DATA_DIR=/tmp/dvc-1m npx tsx tests/bench/measure-stats.ts [runs=20] [query]
 *   DATABASE_URL=postgres://… npx tsx tests/bench/measure-stats.ts 20
 *
 * The default query is a year's stats by province (the dashboard's default period). The app
 * runs in this process on a free port; each run is one HTTP round trip (request to last byte),
 * after WARMUP unmeasured ones. Prints every run and the median.
 */

export const YEAR_BY_PROVINCE = '/api/stats?by=province';
const WARMUP = 3;

export async function timeStatsQuery(
  baseUrl: string,
  options: { runs: number; query?: string; warmup?: number },
): Promise<{ times: number[]; total: number }> {
  const query = options.query ?? YEAR_BY_PROVINCE;
  const times: number[] = [];
  let total = 0;
  const warmup = options.warmup ?? WARMUP;
  for (let i = 0; i < warmup + options.runs; i += 1) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${query}`);
    const body = await response.text();
    const elapsed = performance.now() - started;
    if (!response.ok) throw new Error(`GET ${query} answered ${response.status}: ${body}`);
    if (i >= warmup) times.push(elapsed);
    total = statsResponseSchema.parse(JSON.parse(body)).overall.total;
  }
  return { times, total };
}

async function main(argv: readonly string[]): Promise<number> {
  const runs = Number(argv[0] ?? 20);
  const query = argv[1] ?? YEAR_BY_PROVINCE;
  const config = loadConfig(process.env);
  const storage = await openStorage(config);
  const app = await createApp({
    config,
    storage,
    logger: false,
    staticRoot: path.join(config.dataDir, 'no-app-needed'),
    // Any number of runs from one address: this times the query, not the rate limit.
    statsPerMinute: 1_000_000,
  });
  try {
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const stored = await storage.ratings.count();
    const { times, total } = await timeStatsQuery(address, { runs, query });
    const engine = config.databaseUrl ? 'PostgreSQL' : 'SQLite';
    const ms = (v: number) => `${v.toFixed(1)} ms`;
    process.stdout.write(
      `${engine}: GET ${query} over ${stored.toLocaleString('en')} stored ratings ` +
        `(${total.toLocaleString('en')} in the answer's period)\n` +
        `  runs: ${times.map(ms).join(', ')}\n` +
        `  median ${ms(median(times))} (min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}) ` +
        `over ${runs} runs after ${WARMUP} warm-ups\n`,
    );
    return 0;
  } finally {
    await app.close();
    await storage.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
