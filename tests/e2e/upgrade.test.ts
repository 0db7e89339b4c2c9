import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy.ts';
import { queueRatingsInOutbox, readOutbox } from './support/indexeddb.ts';
import { REPO_ROOT, startServer, type RunningServer } from './support/server.ts';
import { waitForServiceWorkerControl } from './support/service-worker.ts';

/**
 * Issue 6: the app is updated to a new version whose Dexie schema is one version higher while
 * ratings wait on the device. The test builds that second version itself (a copy of this
 * checkout with a version 2 added to src/db/database.ts, whose upgrade marks every outbox
 * item), serves the current build, queues ratings, then serves the second build on the same
 * origin, applies the update through the app's prompt, and checks the queue survived the
 * upgrade and reaches the server exactly once.
 */

const RATINGS = 50;

/** The newest Dexie version of this checkout; the second build adds the one after it. */
const NEWEST_VERSION = Math.max(
  ...[
    ...readFileSync(path.join(REPO_ROOT, 'src/db/database.ts'), 'utf8').matchAll(
      /this\.version\((\d+)\)/g,
    ),
  ].map((match) => Number(match[1])),
);

/** Builds the app with the next schema version into a temp folder; returns its dist folder. */
function buildSecondVersion(): { dist: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'dvc-v2-'));
  for (const entry of [
    'src',
    'locales',
    'public',
    'index.html',
    'vite.config.ts',
    'package.json',
  ]) {
    cpSync(path.join(REPO_ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  for (const file of ['tsconfig.json']) cpSync(path.join(REPO_ROOT, file), path.join(dir, file));
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const databaseFile = path.join(dir, 'src/db/database.ts');
  const source = readFileSync(databaseFile, 'utf8');
  const anchor = '    // The next version goes above this line';
  if (!source.includes(anchor)) throw new Error('src/db/database.ts changed: update this test');
  writeFileSync(
    databaseFile,
    source.replace(
      anchor,
      `    this.version(${NEWEST_VERSION + 1})
      .stores({ outbox: 'id, state, queuedAt, [state+nextAttemptAt], rating.procedureCode' })
      .upgrade((tx) =>
        tx
          .table('outbox')
          .toCollection()
          .modify((item: Record<string, unknown>) => {
            item.upgradedBy = 'v2';
          }),
      );
${anchor}`,
    ),
  );
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: dir,
    stdio: 'pipe',
  });
  return {
    dist: path.join(dir, 'dist'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The app database's IndexedDB version (Dexie stores its version × 10) and the items' marks. */
async function databaseState(page: Page): Promise<{ version: number; marked: number }> {
  return page.evaluate(
    () =>
      new Promise<{ version: number; marked: number }>((resolve, reject) => {
        const request = indexedDB.open('dvc');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction('outbox').objectStore('outbox').getAll();
          all.onsuccess = () => {
            const marked = (all.result as { upgradedBy?: string }[]).filter(
              (item) => item.upgradedBy === 'v2',
            ).length;
            db.close();
            resolve({ version: db.version, marked });
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

describe('an app update with a database schema bump while ratings wait', () => {
  let first: RunningServer;
  let second: RunningServer | undefined;
  let proxy: FaultProxy;
  let browser: Browser;
  let secondBuild: { dist: string; cleanup(): void };

  beforeAll(async () => {
    secondBuild = buildSecondVersion();
    first = await startServer({ env: { LOG_LEVEL: 'warn' } });
    proxy = await startFaultProxy(first.url);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await second?.stop();
    await first?.dispose();
    secondBuild?.cleanup();
  });

  it('keeps the queue through the upgrade and sends it once', async () => {
    const context = await browser.newContext({
      locale: 'vi-VN',
      viewport: { width: 1280, height: 800 },
    });
    context.setDefaultTimeout(60_000);
    try {
      const page = await context.newPage();
      await page.goto(`${proxy.url}/outbox`);
      await waitForServiceWorkerControl(page);
      // The server is unreachable for ratings while the update happens: they must wait.
      proxy.setRatingsFault({ kind: 'status', status: 503, retryAfter: '3600' });
      const ids = await queueRatingsInOutbox(page, RATINGS);
      expect((await databaseState(page)).version).toBe(NEWEST_VERSION * 10);

      // The new release goes live on the same address.
      await first.stop();
      second = await startServer({
        port: first.port,
        dataDir: first.dataDir,
        env: { LOG_LEVEL: 'warn', APP_DIR: secondBuild.dist },
      });
      await page.reload();
      await page.getByRole('button', { name: 'Tải lại để cập nhật' }).click();
      // The page reloads into the new version, whose database upgrade marks every item.
      await expect
        .poll(() => databaseState(page).catch(() => ({ version: 0, marked: 0 })), {
          timeout: 60_000,
        })
        .toEqual({ version: (NEWEST_VERSION + 1) * 10, marked: RATINGS });
      const queued = await readOutbox(page);
      expect(queued.map((item) => item.id).sort()).toEqual([...ids].sort());

      proxy.setRatingsFault({ kind: 'pass' });
      await page.getByRole('button', { name: 'Gửi ngay' }).click();
      await expect.poll(async () => (await readOutbox(page)).length, { timeout: 60_000 }).toBe(0);
      const db = new Database(path.join(first.dataDir, 'dvc.sqlite'), { readonly: true });
      try {
        const stored = db.prepare('SELECT id FROM ratings').all() as { id: string }[];
        expect(stored.map((row) => row.id).sort()).toEqual([...ids].sort());
      } finally {
        db.close();
      }
    } finally {
      await context.close();
    }
  }, 240_000);
});
