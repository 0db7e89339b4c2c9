import { startServer, type RunningServer } from '../e2e/support/server.ts';
import { makeRatings, servedProcedureCodes, toBatchBodies } from './support/ratings.ts';
import {
  guarded,
  NotMeasured,
  type BenchModule,
  type Recorder,
  type RowSpec,
} from './support/result.ts';

const TOTAL = 100_000;
const BATCH = 500;
const RUNS = 3;
/** Requests in flight at once: several devices syncing, as a province's server sees them. */
const CONCURRENCY = 4;
/** Past this, no further run starts (slow storage must not push the bench past 15 minutes). */
const TIME_BOX_S = 90;

const ROWS: RowSpec[] = [
  {
    id: 'ingest.sqlite',
    group: 'Server',
    label: 'Ingest 100,000 ratings, batches of 500, HTTP — SQLite',
    unit: 'ratings/s',
    budget: 20_000,
    budgetKind: 'min',
  },
  {
    id: 'ingest.postgres',
    group: 'Server',
    label: 'Ingest 100,000 ratings, batches of 500, HTTP — PostgreSQL',
    unit: 'ratings/s',
    budget: 10_000,
    budgetKind: 'min',
  },
];

interface BatchAnswer {
  results: { status: string; reason?: string }[];
}

/**
 * POSTs every body, CONCURRENCY at a time; returns the statuses the server gave per item and
 * how many times it answered 429 (a rate limit would otherwise hide in the throughput).
 */
export async function postBatches(
  url: string,
  bodies: readonly string[],
  concurrency = CONCURRENCY,
): Promise<{ counts: Map<string, number>; throttled: number }> {
  const counts = new Map<string, number>();
  let throttled = 0;
  let next = 0;
  const send = async (body: string): Promise<void> => {
    for (;;) {
      const response = await fetch(`${url}/api/ratings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      if (response.status === 429) {
        throttled += 1;
        await response.arrayBuffer();
        const wait = Number(response.headers.get('retry-after') ?? 1);
        await new Promise((resolve) => setTimeout(resolve, wait * 1000));
        continue;
      }
      if (!response.ok) {
        const text = (await response.text()).slice(0, 200);
        throw new Error(`POST /api/ratings answered ${response.status}: ${text}`);
      }
      for (const result of ((await response.json()) as BatchAnswer).results) {
        const key = result.reason ? `${result.status}:${result.reason}` : result.status;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return;
    }
  };
  const worker = async () => {
    while (next < bodies.length) await send(bodies[next++] as string);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { counts, throttled };
}

/** Fails clearly when the ratings route is not there yet (404) rather than timing errors. */
async function assertRatingsRoute(server: RunningServer): Promise<void> {
  const response = await fetch(`${server.url}/api/ratings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  if (response.status === 404)
    throw new NotMeasured('POST /api/ratings is not served yet (issue 3 route not landed)');
}

async function ingest(server: RunningServer, record: Recorder, id: string, note: string) {
  const codes = await servedProcedureCodes(server.url);
  const rates: number[] = [];
  let summary = '';
  const started = performance.now();
  for (let run = 0; run < RUNS; run += 1) {
    if (run > 0 && (performance.now() - started) / 1000 > TIME_BOX_S) break;
    const bodies = toBatchBodies(makeRatings(TOTAL, codes), BATCH);
    const start = performance.now();
    const { counts, throttled } = await postBatches(server.url, bodies);
    const seconds = (performance.now() - start) / 1000;
    const accepted = counts.get('accepted') ?? 0;
    if (accepted < TOTAL * 0.99) {
      throw new Error(
        `only ${accepted}/${TOTAL} accepted: ${JSON.stringify(Object.fromEntries(counts))}`,
      );
    }
    rates.push(TOTAL / seconds);
    summary = `${accepted} accepted${throttled > 0 ? `, ${throttled} answers 429 (rate limit) waited out` : ''}`;
  }
  record(
    id,
    rates,
    `${rates.length} run(s) of fresh ratings into one growing database, ${CONCURRENCY} requests in flight, stats rollups kept in the same transaction; ${note}; last run ${summary}`,
  );
}

export const serverIngestBench: BenchModule = {
  name: 'ingest',
  rows: ROWS,
  async run(ctx, record) {
    // Rate limits guard the public server; the bench is one client sending on behalf of many.
    const env = { LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '1000000' };
    await guarded(record, ['ingest.sqlite'], async () => {
      const sqlite = await startServer({ env });
      try {
        await assertRatingsRoute(sqlite);
        await ingest(sqlite, record, 'ingest.sqlite', 'SQLite WAL, synchronous=FULL');
      } finally {
        await sqlite.dispose();
      }
    });
    await guarded(record, ['ingest.postgres'], async () => {
      const databaseUrl = await ctx.postgresDatabase();
      if (!databaseUrl) {
        throw new NotMeasured('PostgreSQL is not installed: PostgreSQL figures skipped', 'skipped');
      }
      const postgres = await startServer({ env: { ...env, DATABASE_URL: databaseUrl } });
      try {
        await assertRatingsRoute(postgres);
        await ingest(postgres, record, 'ingest.postgres', 'throwaway local cluster');
      } finally {
        await postgres.dispose();
      }
    });
  },
};
