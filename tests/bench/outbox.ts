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
    label: `enqueueRating p95 (${ENQUEUE_COUNT} ratings, real IndexedDB)`,
    unit: 'ms',
    budget: 10,
    budgetKind: 'max',
  },
  {
    id: 'outbox.enqueueMedian',
    group: 'Outbox',
    label: 'enqueueRating median (for information)',
    unit: 'ms',
    budgetKind: 'max',
  },
  {
    // The issue slows the CPU for load and search only; the phone's view, for information.
    id: 'outbox.enqueue4x',
    group: 'Outbox',
    label: `enqueueRating p95, CPU 4× (for information)`,
    unit: 'ms',
    budgetKind: 'max',
  },
  {
    id: 'outbox.flush',
    group: 'Outbox',
    label: '10,000 queued ratings flushed to the local server',
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

/**
 * The sync engine's file, or why the outbox cannot be measured yet (the bench page would not
 * build without it).
 */
function findOutbox(repoRoot: string): { db: string; engine: string } | { missing: string } {
  if (!existsSync(path.join(repoRoot, 'src/db/outbox.ts'))) {
    return { missing: 'src/db/outbox.ts (enqueueRating) has not landed' };
  }
  const dir = path.join(repoRoot, 'src/features/outbox');
  const file = existsSync(dir) ? readdirSync(dir).find((f) => /engine.*\.ts$/.test(f)) : undefined;
  if (!file) return { missing: 'the sync engine (src/features/outbox/*engine*.ts) has not landed' };
  return { db: path.join(repoRoot, 'src/db/outbox.ts'), engine: path.join(dir, file) };
}

export const outboxBench: BenchModule = {
  name: 'outbox',
  rows: ROWS,
  async run(ctx, record) {
    const found = findOutbox(ctx.repoRoot);
    if ('missing' in found) throw new NotMeasured(found.missing);
    const outDir = await buildBenchPage(ctx, 'outbox', {
      '@bench/outbox-db': found.db,
      '@bench/outbox-engine': found.engine,
    });
    const server = await startServer({
      env: { LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '1000000' },
    });
    const browser = await ctx.browser();
    try {
      const codes = await servedProcedureCodes(server.url);
      for (const [id, isSlowed] of [
        ['outbox.enqueue', false],
        ['outbox.enqueue4x', true],
      ] as const) {
        const ids = isSlowed ? [id] : [id, 'outbox.enqueueMedian'];
        await guarded(record, ids, async () => {
          const p95s: number[] = [];
          const medians: number[] = [];
          for (let round = 0; round < ENQUEUE_ROUNDS; round += 1) {
            const { context, page } = await openBenchPage(browser, server.url, 'outbox', outDir);
            try {
              if (isSlowed) await throttle(page, { cpu: true });
              const times = await page.evaluate(
                ([c, n]) => (window as unknown as BenchWindow).bench.enqueueTimes(c, n),
                [codes, ENQUEUE_COUNT] as const,
              );
              p95s.push(percentile(times, 95));
              medians.push(percentile(times, 50));
            } finally {
              await context.close();
            }
          }
          record(
            id,
            p95s,
            `p95 of each of ${ENQUEUE_ROUNDS} fresh pages; one enqueueRating call per rating, awaited, as the form does`,
          );
          if (!isSlowed) {
            record(
              'outbox.enqueueMedian',
              medians,
              `median of each of ${ENQUEUE_ROUNDS} fresh pages, the same calls as the p95 row`,
            );
          }
        });
      }
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
