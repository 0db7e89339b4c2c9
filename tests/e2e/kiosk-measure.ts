/**
 * Measures, in real Chromium against the built app, how long a kiosk takes from a tap on the
 * scale to the acknowledgment that the rating is recorded (follow-up screen shown AND the rating
 * committed to IndexedDB), and from "Skip" to the thank-you screen, with 10,000 ratings queued
 * (the kiosk offline for weeks). Not a test: it prints numbers and asserts nothing.
 *
 *   npm run build && npx tsx tests/e2e/kiosk-measure.ts [samples=30]
 */
import { launchBrowser } from './support/browser.ts';
import { startServer } from './support/server.ts';
import { createKiosk, KIOSK_ADMIN_TOKEN, openKioskPage, pairThroughUi } from './kiosk-support.ts';
import { KIOSK_TIMING } from '../../src/features/kiosk/kiosk-timing.ts';

const QUEUED = 10_000;
const SAMPLES = Number(process.argv[2] ?? 30);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? NaN;
}

const server = await startServer({ env: { ADMIN_TOKEN: KIOSK_ADMIN_TOKEN, LOG_LEVEL: 'warn' } });
const browser = await launchBrowser();
try {
  const { pairingUrl } = await createKiosk(server.url);
  const { page, context } = await openKioskPage(browser);
  await pairThroughUi(page, server.url, pairingUrl);

  // 10,000 waiting ratings written with the raw IndexedDB API, shaped as the outbox stores them.
  await page.evaluate(async (count) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('dvc');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const start = Date.now() - count * 60_000;
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('outbox', 'readwrite');
      const store = tx.objectStore('outbox');
      for (let i = 0; i < count; i += 1) {
        const id = crypto.randomUUID();
        const createdAt = new Date(start + i * 60_000).toISOString();
        store.put({
          id,
          rating: {
            id,
            procedureCode: '0.000000',
            overall: 'satisfied',
            province: '79',
            channel: 'kiosk',
            createdAt,
            locale: 'vi',
          },
          state: 'pending',
          queuedAt: Date.parse(createdAt),
          attempts: 0,
          nextAttemptAt: 0,
        });
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, QUEUED);
  await page.reload();
  await page.getByRole('button', { name: 'Rất hài lòng', exact: true }).waitFor();
  await server.stop(); // offline, as a kiosk for weeks: nothing leaves the queue.
  // tsx (esbuild keepNames) wraps named functions in __name(); the page has no such helper.
  await page.evaluate('globalThis.__name = (f) => f');

  const tapToRecorded: number[] = [];
  const skipToThanks: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const level = ['Rất hài lòng', 'Hài lòng', 'Không hài lòng'][i % 3] as string;
    tapToRecorded.push(
      await page.evaluate(async (name) => {
        const countOutbox = () =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open('dvc');
            open.onsuccess = () => {
              const db = open.result;
              const request = db.transaction('outbox').objectStore('outbox').count();
              request.onsuccess = () => {
                db.close();
                resolve(request.result);
              };
              request.onerror = () => reject(request.error);
            };
            open.onerror = () => reject(open.error);
          });
        const before = await countOutbox();
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.textContent?.trim() === name,
        );
        if (!button) throw new Error(`no button ${name}`);
        const t0 = performance.now();
        button.click();
        while (!document.querySelector('.kiosk-recorded')) {
          await new Promise((r) => requestAnimationFrame(r));
        }
        while ((await countOutbox()) === before) await new Promise((r) => setTimeout(r, 0));
        return performance.now() - t0;
      }, level),
    );
    await page.waitForTimeout(KIOSK_TIMING.repeatPressWindow + 100);
    skipToThanks.push(
      await page.evaluate(async () => {
        const skip = [...document.querySelectorAll('button')].find(
          (b) => b.textContent?.trim() === 'Bỏ qua',
        );
        if (!skip) throw new Error('no Skip button');
        const t0 = performance.now();
        skip.click();
        while (!document.querySelector('.kiosk-thanks')) {
          await new Promise((r) => requestAnimationFrame(r));
        }
        return performance.now() - t0;
      }),
    );
    await page.getByRole('button', { name: 'Rất hài lòng', exact: true }).waitFor({
      timeout: KIOSK_TIMING.thanksDuration + 5_000,
    });
  }
  const fmt = (v: number) => v.toFixed(1);
  console.log(
    `Kiosk timings, Chromium, ${QUEUED.toLocaleString('en')} ratings queued, ${SAMPLES} samples`,
  );
  console.log(
    `  tap → "recorded" shown and rating committed: median ${fmt(percentile(tapToRecorded, 50))} ms, p95 ${fmt(percentile(tapToRecorded, 95))} ms`,
  );
  console.log(
    `  skip → thank-you screen:                     median ${fmt(percentile(skipToThanks, 50))} ms, p95 ${fmt(percentile(skipToThanks, 95))} ms`,
  );
  await context.close();
} finally {
  await browser.close();
  await server.dispose();
}
