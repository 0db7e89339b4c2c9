import type { Page } from 'playwright-core';
import { startServer } from '../e2e/support/server.ts';
import { SEARCH_QUERIES } from './pages/queries.ts';
import { buildBenchPage, openBenchPage } from './support/bench-pages.ts';
import { throttle } from './support/chromium.ts';
import { PORTAL_DATA_DIR } from './support/context.ts';
import {
  median,
  percentile,
  type BenchModule,
  type Recorder,
  type RowSpec,
} from './support/result.ts';

const SYNTHETIC_SIZE = 20_000;
const QUERY_ROUNDS = 3;

const spec = (id: string, label: string, budget?: number): RowSpec => ({
  id,
  group: 'Search',
  label,
  unit: 'ms',
  ...(budget === undefined ? {} : { budget }),
  budgetKind: 'max',
});

const ROWS = [
  spec('search.real.load', 'Real catalogue: load index from IndexedDB, CPU 4×'),
  spec(
    'search.real.query',
    `Real catalogue: query p95 (${SEARCH_QUERIES.length} queries), CPU 4×`,
    16,
  ),
  spec(
    'search.synthetic.load',
    `Synthetic ${SYNTHETIC_SIZE.toLocaleString('en')}: load index from IndexedDB, CPU 4×`,
  ),
  spec(
    'search.synthetic.query',
    `Synthetic ${SYNTHETIC_SIZE.toLocaleString('en')}: query p95, CPU 4×`,
    16,
  ),
];

interface BenchWindow {
  bench: {
    storeServerCatalog(): Promise<number>;
    storeSyntheticCatalog(count: number): Promise<number>;
    loadIndex(): Promise<{ ms: number; count: number }>;
    runQueries(queries: readonly string[]): { times: number[]; found: number };
  };
}

/** Loads the index `loadRuns` times (a page reload each: a cold start), then times the queries. */
async function measure(
  page: Page,
  loadRuns: number,
  record: Recorder,
  prefix: string,
  expected: number,
): Promise<void> {
  const loads: number[] = [];
  for (let i = 0; i < loadRuns; i += 1) {
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady);
    await throttle(page, { cpu: true });
    const { ms, count } = await page.evaluate(() =>
      (window as unknown as BenchWindow).bench.loadIndex(),
    );
    if (count !== expected)
      throw new Error(`index holds ${count} procedures, expected ${expected}`);
    loads.push(ms);
  }
  record(
    `${prefix}.load`,
    loads,
    `${expected.toLocaleString('en')} procedures; ${loadRuns} cold page loads; read all from IndexedDB + build the index in chunks (as CatalogProvider does)`,
  );

  const p95s: number[] = [];
  const perQuery = new Map<string, number[]>();
  let found = 0;
  for (let round = 0; round < QUERY_ROUNDS; round += 1) {
    const result = await page.evaluate(
      (queries) => (window as unknown as BenchWindow).bench.runQueries(queries),
      SEARCH_QUERIES,
    );
    p95s.push(percentile(result.times, 95));
    result.times.forEach((ms, i) => {
      const query = SEARCH_QUERIES[i] as string;
      perQuery.set(query, [...(perQuery.get(query) ?? []), ms]);
    });
    found = result.found;
  }
  // The slowest queries (median over rounds) say where the time goes.
  const slowest = [...perQuery]
    .map(([query, times]) => ({ query, ms: median(times) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 4)
    .map(({ query, ms }) => `"${query}" ${ms.toFixed(0)} ms`)
    .join(', ');
  record(
    `${prefix}.query`,
    p95s,
    `p95 of each of ${QUERY_ROUNDS} rounds (first round cold); ${found}/${SEARCH_QUERIES.length} queries found something; slowest: ${slowest}`,
  );
}

export const searchBench: BenchModule = {
  name: 'search',
  rows: ROWS,
  async run(ctx, record) {
    const outDir = await buildBenchPage(ctx, 'search');
    const realDir = await ctx.realCatalogDataDir();
    const server = await startServer(realDir ? { dataDir: realDir } : {});
    const browser = await ctx.browser();
    try {
      if (realDir) {
        const { context, page } = await openBenchPage(browser, server.url, 'search', outDir);
        try {
          const count = await page.evaluate(() =>
            (window as unknown as BenchWindow).bench.storeServerCatalog(),
          );
          ctx.log(`search: real catalogue stored in IndexedDB (${count} procedures)`);
          await measure(page, 5, record, 'search.real', count);
        } finally {
          await context.close();
        }
      } else {
        const why = `${PORTAL_DATA_DIR} is absent`;
        record('search.real.load', { status: 'skipped', note: why });
        record('search.real.query', { status: 'skipped', note: why });
      }

      const { context, page } = await openBenchPage(browser, server.url, 'search', outDir);
      try {
        const count = await page.evaluate(
          (n) => (window as unknown as BenchWindow).bench.storeSyntheticCatalog(n),
          SYNTHETIC_SIZE,
        );
        await measure(page, 3, record, 'search.synthetic', count);
      } finally {
        await context.close();
      }
    } finally {
      await server.dispose();
    }
  },
};
