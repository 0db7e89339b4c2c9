import type { Page } from 'playwright-core';
import { countStoredProcedures } from '../e2e/support/indexeddb.ts';
import { startServer } from '../e2e/support/server.ts';
import { readLcp, throttle, type Lcp } from './support/chromium.ts';
import { NotMeasured, type BenchModule, type RowSpec } from './support/result.ts';

const RUNS = 3;
/** After the page looks settled, how long to let late paints land before reading LCP. */
const SETTLE_MS = 1_500;

const ROWS: RowSpec[] = [
  {
    id: 'load.cold',
    group: 'Load',
    label: 'LCP, search screen, cold load (slow 4G, CPU 4×)',
    unit: 's',
    budget: 2.5,
    budgetKind: 'max',
  },
  {
    id: 'load.offline',
    group: 'Load',
    label: 'LCP, repeat visit, network off (SW, CPU 4×)',
    unit: 's',
    budget: 1.0,
    budgetKind: 'max',
  },
];

/** Waits (bounded) until a service worker controls the page; a reload if it does not claim it. */
async function waitForServiceWorker(page: Page): Promise<void> {
  const isRegistered = await page.evaluate(async () =>
    Boolean(await navigator.serviceWorker.getRegistration()),
  );
  if (!isRegistered) {
    throw new NotMeasured('the app registered no service worker on the first visit');
  }
  const isControlled = () =>
    page
      .waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 20_000,
      })
      .then(() => true)
      .catch(() => false);
  if (await isControlled()) return;
  await page.reload({ waitUntil: 'load' });
  if (!(await isControlled())) throw new Error('no service worker controls the page');
}

async function lcpOfSearchScreen(page: Page, url: string): Promise<Lcp> {
  await throttle(page, { network: true, cpu: true });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.locator('input[type="search"]').waitFor({ state: 'visible', timeout: 60_000 });
  await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
  await page.waitForTimeout(SETTLE_MS);
  const lcp = await readLcp(page);
  if (!lcp) throw new Error(`no largest-contentful-paint entry for ${url}`);
  return lcp;
}

export const loadBench: BenchModule = {
  name: 'load',
  rows: ROWS,
  async run(ctx, record) {
    if (ctx.appBuildError) throw new Error(ctx.appBuildError);
    const realDir = await ctx.realCatalogDataDir();
    const server = await startServer(realDir ? { dataDir: realDir } : {});
    const browser = await ctx.browser();
    const cold: number[] = [];
    const offline: number[] = [];
    const elements = new Set<string>();
    let offlineSkipped: string | undefined;
    try {
      for (let run = 0; run < RUNS; run += 1) {
        if (run > 0) await server.restart();
        const context = await browser.newContext({
          serviceWorkers: 'allow',
          locale: 'vi-VN',
          viewport: { width: 412, height: 915 },
        });
        try {
          const first = await context.newPage();
          const coldLcp = await lcpOfSearchScreen(first, `${server.url}/`);
          cold.push(coldLcp.time / 1000);
          elements.add(`cold ${coldLcp.element}`);
          if (offlineSkipped) continue;
          // A repeat visitor has the app precached and the catalogue stored.
          try {
            await waitForServiceWorker(first);
          } catch (error) {
            if (!(error instanceof NotMeasured)) throw error;
            offlineSkipped = error.message;
            continue;
          }
          const deadline = Date.now() + 60_000;
          while ((await countStoredProcedures(first)) === 0 && Date.now() < deadline) {
            await first.waitForTimeout(250);
          }
          await first.close();
          await server.stop();

          const second = await context.newPage();
          const offlineLcp = await lcpOfSearchScreen(second, `${server.url}/`);
          offline.push(offlineLcp.time / 1000);
          elements.add(`offline ${offlineLcp.element}`);
        } finally {
          await context.close();
        }
      }
    } finally {
      await server.dispose();
    }
    const catalogue = realDir
      ? 'real national catalogue imported and served'
      : 'seed catalogue served';
    record(
      'load.cold',
      cold,
      `${catalogue}; fresh context per run; LCP element: ${[...elements]
        .filter((e) => e.startsWith('cold'))
        .map((e) => e.slice(5))
        .join(' / ')}`,
    );
    if (offlineSkipped) {
      record('load.offline', { status: 'not measured', note: offlineSkipped });
      return;
    }
    record(
      'load.offline',
      offline,
      `server stopped, SW serves the shell; LCP element: ${[...elements]
        .filter((e) => e.startsWith('offline'))
        .map((e) => e.slice(8))
        .join(' / ')}`,
    );
  },
};
