import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { startServer } from '../e2e/support/server.ts';
import { buildBenchPage, openBenchPage } from './support/bench-pages.ts';
import { throttle } from './support/chromium.ts';
import { servedProcedureCodes } from './support/ratings.ts';
import {
  guarded,
  NotMeasured,
  percentile,
  type BenchModule,
  type RowSpec,
} from './support/result.ts';

const ENQUEUE_COUNT = 200;
const ENQUEUE_ROUNDS = 3;
const FLUSH_COUNT = 10_000;
const FLUSH_RUNS = 3;

const ROWS: RowSpec[] = [
  {
    id: 'outbox.enqueue',
    group: 'Outbox',
    label: `enqueueRating p95 (${ENQUEUE_COUNT} ratings, real IndexedDB, CPU 4×)`,
    unit: 'ms',
    budget: 10,
    budgetKind: 'max',
  },
  {
    id: 'outbox.flush',
    group: 'Outbox',
    label: '10,000 queued ratings flushed to the local server (CPU 4×)',
    unit: 's',
    budget: 10,
    budgetKind: 'max',
  },
];

interface BenchWindow {
  bench: {
    enqueueTimes(codes: readonly string[], count: number): Promise<number[]>;
    queueDirect(codes: readonly string[], count: number): Promise<number>;
    flushAll(): Promise<{ ms: number; left: number }>;
  };
}

/** Whether the outbox code this bench drives has landed (its page would not build otherwise). */
function missingParts(repoRoot: string): string | undefined {
  if (!existsSync(path.join(repoRoot, 'src/db/outbox.ts')))
    return 'src/db/outbox.ts (enqueueRating) has not landed';
  const dir = path.join(repoRoot, 'src/features/outbox');
  if (!existsSync(dir) || !readdirSync(dir).some((f) => f.includes('engine'))) {
    return 'the sync engine (src/features/outbox/*engine*) has not landed';
  }
  return undefined;
}

export const outboxBench: BenchModule = {
  name: 'outbox',
  rows: ROWS,
  async run(ctx, record) {
    const missing = missingParts(ctx.repoRoot);
    if (missing) throw new NotMeasured(missing);
    const outDir = await buildBenchPage(ctx, 'outbox');
    const server = await startServer({ env: { LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '1000000' } });
    const browser = await ctx.browser();
    try {
      const codes = await servedProcedureCodes(server.url);
      await guarded(record, ['outbox.enqueue'], async () => {
        const p95s: number[] = [];
        for (let round = 0; round < ENQUEUE_ROUNDS; round += 1) {
          const { context, page } = await openBenchPage(browser, server.url, 'outbox', outDir);
          try {
            await throttle(page, { cpu: true });
            const times = await page.evaluate(
              ([c, n]) => (window as unknown as BenchWindow).bench.enqueueTimes(c, n),
              [codes, ENQUEUE_COUNT] as const,
            );
            p95s.push(percentile(times, 95));
          } finally {
            await context.close();
          }
        }
        record(
          'outbox.enqueue',
          p95s,
          `p95 of each of ${ENQUEUE_ROUNDS} fresh pages; one enqueueRating call = one rating stored (its own transaction)`,
        );
      });
      await guarded(record, ['outbox.flush'], async () => {
        const runs: number[] = [];
        for (let run = 0; run < FLUSH_RUNS; run += 1) {
          const { context, page } = await openBenchPage(browser, server.url, 'outbox', outDir);
          try {
            const queued = await page.evaluate(
              ([c, n]) => (window as unknown as BenchWindow).bench.queueDirect(c, n),
              [codes, FLUSH_COUNT] as const,
            );
            if (queued !== FLUSH_COUNT)
              throw new Error(`queued ${queued}, expected ${FLUSH_COUNT}`);
            await throttle(page, { cpu: true });
            const { ms, left } = await page.evaluate(() =>
              (window as unknown as BenchWindow).bench.flushAll(),
            );
            if (left !== 0) throw new Error(`${left} ratings still queued after the flush`);
            runs.push(ms / 1000);
          } finally {
            await context.close();
          }
        }
        record(
          'outbox.flush',
          runs,
          `${FLUSH_RUNS} runs of ${FLUSH_COUNT.toLocaleString('en')} fresh ratings queued in IndexedDB (bulk, untimed), then the sync engine until the outbox is empty; SQLite server`,
        );
      });
    } finally {
      await server.dispose();
    }
  },
};
