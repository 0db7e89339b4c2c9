import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from '../e2e/support/server.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, throttle } from './support/chromium.ts';
import type { BenchModule, RowSpec } from './support/result.ts';

/**
 * A cheap phone's first visit (issue 14): Lighthouse 12's mobile preset (simulated slow 4G,
 * CPU 4×) on the search, detail (a cold deep link) and stats pages, over the real catalogue
 * when it is present; and the time from navigation to a procedure's title on a cold profile
 * with the network and CPU throttled for real (DevTools throttling, not simulated).
 * Lighthouse is pinned to 12.2.3: 13 needs Node 22.
 */
const RUNS = 3;
const DEEP_LINK_CODE = '1.001193';
const DEEP_LINK_TITLE = /đăng ký khai sinh/i;

const PAGES = [
  { key: 'search', label: 'search', path: '/' },
  {
    key: 'detail',
    label: `detail, cold deep link (${DEEP_LINK_CODE})`,
    path: `/procedures/${DEEP_LINK_CODE}`,
  },
  { key: 'stats', label: 'stats', path: '/stats' },
] as const;

const ROWS: RowSpec[] = [
  ...PAGES.flatMap(({ key, label }): RowSpec[] => [
    {
      id: `lighthouse.${key}.performance`,
      group: 'First visit',
      label: `Lighthouse mobile Performance, ${label}`,
      unit: 'score',
      budget: 90,
      budgetKind: 'min',
    },
    {
      id: `lighthouse.${key}.tbt`,
      group: 'First visit',
      label: `Total Blocking Time, ${label}`,
      unit: 'ms',
      budget: 200,
      budgetKind: 'max',
    },
    {
      id: `lighthouse.${key}.lcp`,
      group: 'First visit',
      label: `LCP (Lighthouse, simulated), ${label}`,
      unit: 's',
      budgetKind: 'max',
    },
    {
      id: `lighthouse.${key}.longestTask`,
      group: 'First visit',
      label: `Longest main-thread task, ${label}`,
      unit: 'ms',
      budget: 200,
      budgetKind: 'max',
    },
  ]),
  {
    id: 'firstVisit.deepLink',
    group: 'First visit',
    label: `Cold deep link to a procedure's title (1.6 Mbps / 150 ms, CPU 4×)`,
    unit: 's',
    budget: 3,
    budgetKind: 'max',
  },
];

interface LighthouseFigures {
  performance: number;
  tbt: number;
  lcp: number;
  longestTask: number;
}

/** One Lighthouse run in a fresh Chromium profile (chrome-launcher makes a temp one). */
async function runLighthouse(url: string): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_FLAGS,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ['performance'],
      output: 'json',
      logLevel: 'error',
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned no report for ${url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id];
    const longTasks = audit('long-tasks')?.details as
      { items?: { duration?: number }[] } | undefined;
    const durations = (longTasks?.items ?? []).map((item) => item.duration ?? 0);
    return {
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      tbt: audit('total-blocking-time')?.numericValue ?? Number.NaN,
      lcp: (audit('largest-contentful-paint')?.numericValue ?? Number.NaN) / 1000,
      longestTask: durations.length > 0 ? Math.max(...durations) : 0,
    };
  } finally {
    chrome.kill();
  }
}

export const firstVisitBench: BenchModule = {
  name: 'first-visit',
  rows: ROWS,
  async run(ctx, record) {
    if (ctx.appBuildError) throw new Error(ctx.appBuildError);
    const realDir = await ctx.realCatalogDataDir();
    const server = await startServer({
      ...(realDir ? { dataDir: realDir } : {}),
      env: { LOG_LEVEL: 'warn' },
    });
    const catalogue = realDir ? 'real national catalogue' : 'seed catalogue';
    try {
      for (const { key, path } of PAGES) {
        const runs: LighthouseFigures[] = [];
        for (let run = 0; run < RUNS; run += 1) {
          ctx.log(`Lighthouse ${path} (run ${run + 1} of ${RUNS})…`);
          runs.push(await runLighthouse(`${server.url}${path}`));
        }
        const note = `Lighthouse 12.2.3 mobile preset, ${catalogue}, fresh profile per run`;
        for (const figure of ['performance', 'tbt', 'lcp', 'longestTask'] as const) {
          record(
            `lighthouse.${key}.${figure}`,
            runs.map((r) => r[figure]),
            note,
          );
        }
      }

      const browser = await ctx.browser();
      const times: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const context = await browser.newContext({
          serviceWorkers: 'allow',
          locale: 'vi-VN',
          viewport: { width: 360, height: 800 },
        });
        try {
          const page = await context.newPage();
          await throttle(page, { network: true, cpu: true });
          const started = Date.now();
          await page.goto(`${server.url}/procedures/${DEEP_LINK_CODE}`, { waitUntil: 'commit' });
          await page
            .getByRole('heading', { level: 1, name: DEEP_LINK_TITLE })
            .waitFor({ timeout: 60_000 });
          times.push((Date.now() - started) / 1000);
        } finally {
          await context.close();
        }
      }
      record(
        'firstVisit.deepLink',
        times,
        `${catalogue}; cold context per run; DevTools throttling`,
      );
    } finally {
      await server.dispose();
    }
  },
};
