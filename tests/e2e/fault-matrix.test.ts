import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, launchBrowser } from './support/browser.ts';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy.ts';
import { queueRatingsInOutbox, readOutbox } from './support/indexeddb.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { waitForServiceWorkerControl } from './support/service-worker.ts';

/**
 * Issue 6, the fault-injection matrix: Chromium and the built app on the real server, with a
 * fault proxy between them (tests/e2e/support/fault-proxy.ts). Each case queues ratings on the
 * device, breaks the way to the server in one way, lets the app's own sync triggers (start,
 * timer, "Send now") recover, and then checks that the server holds exactly the ratings the
 * device created: none lost, none twice. The ratings are written into the app's IndexedDB
 * outbox the way the form's enqueue writes them (the form itself is tested in
 * ratings-offline.test.ts); that makes thousands of them in a moment.
 *
 * Each case runs once; with CI=true the 10,000-rating flush runs too. A table of every case
 * (runs, created, stored, duplicated, lost) is written to tests/e2e/.artifacts/fault-matrix.json.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const LONG = process.env.CI === 'true';

interface MatrixRow {
  fault: string;
  runs: number;
  created: number;
  stored: number;
  duplicated: number;
  lost: number;
}
const table: MatrixRow[] = [];

/** Every rating id the server holds, with how many rows each has (ids are unique: 1). */
function serverIds(server: RunningServer): Map<string, number> {
  const db = new Database(path.join(server.dataDir, 'dvc.sqlite'), {
    readonly: true,
    fileMustExist: true,
  });
  try {
    const rows = db.prepare('SELECT id, count(*) AS n FROM ratings GROUP BY id').all() as {
      id: string;
      n: number;
    }[];
    return new Map(rows.map((r) => [r.id, r.n]));
  } finally {
    db.close();
  }
}

async function sendNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Gửi ngay' }).click();
}

/** Waits until the device's outbox holds nothing, or `timeoutMs` passes. */
async function waitForEmptyOutbox(page: Page, timeoutMs: number): Promise<void> {
  await expect
    .poll(async () => (await readOutbox(page)).length, { timeout: timeoutMs, interval: 500 })
    .toBe(0);
}

/** Compares the server's ratings with what the device created, and records a table row. */
function account(fault: string, server: RunningServer, created: readonly string[]): MatrixRow {
  const held = serverIds(server);
  const stored = created.filter((id) => held.has(id)).length;
  const duplicated = created.reduce((sum, id) => sum + Math.max(0, (held.get(id) ?? 0) - 1), 0);
  const row = { fault, runs: 1, created: created.length, stored, duplicated, lost: 0 };
  row.lost = row.created - row.stored;
  table.push(row);
  return row;
}

describe('fault-injection matrix: every rating reaches the server exactly once', () => {
  let server: RunningServer;
  let proxy: FaultProxy;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ env: { LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000' } });
    proxy = await startFaultProxy(server.url);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    writeFileSync(
      path.join(ARTIFACTS_DIR, 'fault-matrix.json'),
      `${JSON.stringify(table, null, 2)}\n`,
    );
    await browser?.close();
    await proxy?.close();
    await server?.dispose();
  });

  /** A fresh device (own IndexedDB) on the outbox screen, the service worker in control. */
  async function openDevice(): Promise<{ context: BrowserContext; page: Page }> {
    proxy.setRatingsFault({ kind: 'pass' });
    const context = await browser.newContext({
      locale: 'vi-VN',
      viewport: { width: 1280, height: 800 },
    });
    // A step that hangs fails with Playwright's message instead of the test's bare timeout.
    context.setDefaultTimeout(60_000);
    const page = await context.newPage();
    await page.goto(`${proxy.url}/outbox`);
    await waitForServiceWorkerControl(page);
    await page.getByRole('button', { name: 'Gửi ngay' }).waitFor();
    return { context, page };
  }

  async function expectExactlyOnce(fault: string, created: readonly string[]) {
    const row = account(fault, server, created);
    expect(row, fault).toMatchObject({ stored: created.length, duplicated: 0, lost: 0 });
  }

  const statusCases = [
    { name: '503 with Retry-After', status: 503, retryAfter: '1' },
    { name: '503 without Retry-After', status: 503 },
    { name: '500 with Retry-After', status: 500, retryAfter: '1' },
    { name: '500 without Retry-After', status: 500 },
  ];
  for (const c of statusCases) {
    it(`recovers from ${c.name} answers, three in a row`, async () => {
      const { context, page } = await openDevice();
      try {
        const ids = await queueRatingsInOutbox(page, 600);
        proxy.setRatingsFault(
          {
            kind: 'status',
            status: c.status,
            ...(c.retryAfter ? { retryAfter: c.retryAfter } : {}),
          },
          { times: 3 },
        );
        await sendNow(page);
        // No more presses: the app's own timer retries after its backoff.
        await waitForEmptyOutbox(page, 90_000);
        await expectExactlyOnce(c.name, ids);
      } finally {
        await context.close();
      }
    }, 150_000);
  }

  it('recovers from connection resets', async () => {
    const { context, page } = await openDevice();
    try {
      const ids = await queueRatingsInOutbox(page, 600);
      proxy.setRatingsFault({ kind: 'reset' }, { times: 2 });
      await sendNow(page);
      await waitForEmptyOutbox(page, 90_000);
      await expectExactlyOnce('connection reset', ids);
    } finally {
      await context.close();
    }
  }, 150_000);

  it('sends a committed batch whose answer was lost again, and the server counts it once', async () => {
    const { context, page } = await openDevice();
    try {
      const ids = await queueRatingsInOutbox(page, 700);
      proxy.resetLog();
      proxy.setRatingsFault({ kind: 'drop-response' }, { times: 2 });
      await sendNow(page);
      await waitForEmptyOutbox(page, 90_000);
      await expectExactlyOnce('answer lost after commit', ids);
      // The resent copies were answered `duplicate`, not stored again.
      const duplicates = proxy
        .ratingsExchanges()
        .flatMap((e) => e.results ?? [])
        .filter((r) => r.status === 'duplicate').length;
      expect(duplicates).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  }, 150_000);

  it('retries after an answer delayed past the client timeout (15 s)', async () => {
    const { context, page } = await openDevice();
    try {
      const ids = await queueRatingsInOutbox(page, 300);
      proxy.setRatingsFault({ kind: 'delay', ms: 17_000 }, { times: 1 });
      await sendNow(page);
      await waitForEmptyOutbox(page, 120_000);
      await expectExactlyOnce('answer delayed past the timeout', ids);
    } finally {
      await context.close();
    }
  }, 180_000);

  it('survives the server killed (SIGKILL) during a flush and restarted', async () => {
    const { context, page } = await openDevice();
    try {
      const ids = await queueRatingsInOutbox(page, 3_000);
      proxy.resetLog();
      await sendNow(page);
      // Kill as soon as the server has answered one batch: the others are in flight or queued.
      await expect
        .poll(() => proxy.ratingsExchanges().length, { timeout: 30_000 })
        .toBeGreaterThan(0);
      await server.kill('SIGKILL');
      await server.restart();
      // The app retries on its own timer (backoff of a few seconds).
      await waitForEmptyOutbox(page, 120_000);
      await expectExactlyOnce('server SIGKILL mid-flush, restarted', ids);
    } finally {
      await context.close();
    }
  }, 180_000);

  it('sends once when two tabs sync at the same time', async () => {
    const { context, page } = await openDevice();
    try {
      const second = await context.newPage();
      await second.goto(`${proxy.url}/outbox`);
      await second.getByRole('button', { name: 'Gửi ngay' }).waitFor();
      const ids = await queueRatingsInOutbox(page, 2_000);
      proxy.resetLog();
      await Promise.all([sendNow(page), sendNow(second)]);
      await waitForEmptyOutbox(page, 90_000);
      await expectExactlyOnce('two tabs syncing at once', ids);
      // One tab at a time (Web Locks): no rating went over the wire twice.
      const sent = proxy.ratingsExchanges().flatMap((e) => e.ids);
      expect(new Set(sent).size).toBe(sent.length);
    } finally {
      await context.close();
    }
  }, 150_000);

  it('finishes after the page is closed mid-sync and opened again', async () => {
    const { context, page } = await openDevice();
    try {
      const ids = await queueRatingsInOutbox(page, 1_000);
      proxy.resetLog();
      // The server commits the first batch; its answer is held while the page closes.
      proxy.setRatingsFault({ kind: 'delay', ms: 4_000 }, { times: 1 });
      await sendNow(page);
      await expect.poll(() => proxy.requestCount(), { timeout: 10_000 }).toBeGreaterThan(0);
      await page.waitForTimeout(1_000);
      await page.close();
      // Whatever that tab left in 'sending' is picked up by the next one.
      const reopened = await context.newPage();
      await reopened.goto(`${proxy.url}/outbox`);
      await waitForEmptyOutbox(reopened, 90_000);
      await expectExactlyOnce('page closed mid-sync, reopened', ids);
    } finally {
      await context.close();
    }
  }, 150_000);

  for (const [name, offsetMs] of [
    ['device clock a day behind', -DAY_MS],
    ['device clock 23 hours ahead', DAY_MS - 60 * 60 * 1000],
  ] as const) {
    it(`sends everything with the ${name}`, async () => {
      const context = await browser.newContext({
        locale: 'vi-VN',
        viewport: { width: 1280, height: 800 },
      });
      try {
        const page = await context.newPage();
        await page.clock.install({ time: Date.now() + offsetMs });
        await page.clock.resume();
        await page.goto(`${proxy.url}/outbox`);
        await page.getByRole('button', { name: 'Gửi ngay' }).waitFor();
        const ids = await queueRatingsInOutbox(page, 500);
        proxy.setRatingsFault({ kind: 'status', status: 503 }, { times: 1 });
        await sendNow(page);
        await waitForEmptyOutbox(page, 90_000);
        await expectExactlyOnce(name, ids);
      } finally {
        await context.close();
      }
    }, 150_000);
  }

  if (LONG) {
    it('flushes 10,000 queued ratings (CI=true only)', async () => {
      const { context, page } = await openDevice();
      try {
        const ids = await queueRatingsInOutbox(page, 10_000);
        await sendNow(page);
        await waitForEmptyOutbox(page, 180_000);
        await expectExactlyOnce('10,000 queued ratings flushed', ids);
      } finally {
        await context.close();
      }
    }, 240_000);
  }
});
