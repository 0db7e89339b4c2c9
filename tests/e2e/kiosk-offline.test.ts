import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIOSK_TIMING } from '../../src/features/kiosk/kiosk-timing.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { waitForServiceWorkerControl } from './support/service-worker.ts';
import { readOutbox } from './support/indexeddb.ts';
import {
  createKiosk,
  KIOSK_ADMIN_TOKEN,
  KIOSK_PIN,
  openKioskPage,
  pairThroughUi,
  staffFact,
} from './kiosk-support.ts';

const RATINGS = 200;
const LEVELS = ['Rất hài lòng', 'Hài lòng', 'Không hài lòng'] as const;

/** The server's own record, read from its SQLite file (read-only, beside the running server). */
function kioskRatingsOnServer(server: RunningServer, kioskId: string) {
  const db = new Database(path.join(server.dataDir, 'dvc.sqlite'), {
    readonly: true,
    fileMustExist: true,
  });
  try {
    return db
      .prepare(
        `SELECT count(*) AS total, count(DISTINCT id) AS ids,
           sum(channel = 'kiosk') AS kiosk, sum(province = '79') AS office
         FROM ratings WHERE kiosk_id = ?`,
      )
      .get(kioskId) as { total: number; ids: number; kiosk: number; office: number };
  } finally {
    db.close();
  }
}

/** Staff panel by keyboard (the long press needs real timers; the clock here is Playwright's). */
async function openStaffPanelByKeyboard(page: Page) {
  await page.getByRole('button', { name: /dành cho cán bộ/i }).focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Mã PIN').fill(KIOSK_PIN);
  await page.getByRole('button', { name: 'Mở' }).click();
  await page.getByRole('heading', { name: 'Bảng điều khiển của cán bộ' }).waitFor();
}

describe('kiosk offline for a while', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({
      env: { ADMIN_TOKEN: KIOSK_ADMIN_TOKEN, LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '100000' },
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('records 200 taps offline, survives a reload, and the server gets exactly 200 with the kiosk', async () => {
    const { kiosk, pairingUrl } = await createKiosk(server.url);
    const { context, page } = await openKioskPage(browser);
    try {
      await pairThroughUi(page, server.url, pairingUrl);
      await waitForServiceWorkerControl(page);
      // Playwright's clock drives the kiosk's timers, so 200 people take seconds, not minutes.
      await page.clock.install();
      await page.reload();
      await page.getByRole('button', { name: LEVELS[0], exact: true }).waitFor();

      await server.stop();
      for (let i = 0; i < RATINGS; i += 1) {
        await page.getByRole('button', { name: LEVELS[i % 3], exact: true }).click();
        await page.getByText('Đánh giá của Ông/Bà đã được ghi nhận.').waitFor();
        await page.clock.runFor(KIOSK_TIMING.repeatPressWindow + 100);
        await page.getByRole('button', { name: 'Bỏ qua' }).click();
        await page.getByRole('heading', { name: 'Xin cảm ơn Ông/Bà!' }).waitFor();
        await page.clock.runFor(KIOSK_TIMING.thanksDuration + 100);
        await page.getByRole('button', { name: LEVELS[0], exact: true }).waitFor();
      }

      // Every tap is in IndexedDB before the reload, none sent (the server is down).
      expect((await readOutbox(page)).length).toBe(RATINGS);
      // Offline reload: the service worker serves the app, IndexedDB still holds the queue.
      await page.reload();
      await openStaffPanelByKeyboard(page);
      await expect
        .poll(
          async () => {
            // Live queries settle on timers, which Playwright's clock holds until told.
            await page.clock.runFor(100);
            return staffFact(page, 'Đánh giá đang chờ gửi');
          },
          { timeout: 30_000 },
        )
        .toBe(String(RATINGS));

      await server.restart();
      await page.getByRole('button', { name: 'Gửi ngay' }).click();
      await expect
        .poll(
          async () => {
            await page.clock.runFor(1_000);
            return staffFact(page, 'Đánh giá đang chờ gửi');
          },
          { timeout: 60_000, interval: 500 },
        )
        .toBe('0');
      expect(await staffFact(page, 'Đánh giá bị máy chủ từ chối')).toBe('0');
      expect(kioskRatingsOnServer(server, kiosk.id)).toEqual({
        total: RATINGS,
        ids: RATINGS,
        kiosk: RATINGS,
        office: RATINGS,
      });
    } finally {
      await context.close();
    }
  });

  it('refuses kiosk ratings from an unpaired device and from a revoked kiosk, with the reason', async () => {
    const rating = (overall: string) => ({
      id: crypto.randomUUID(),
      procedureCode: '0.000000',
      overall,
      province: '79',
      channel: 'kiosk',
      createdAt: new Date().toISOString(),
      locale: 'vi',
    });
    const post = (headers: Record<string, string>) =>
      fetch(`${server.url}/api/ratings`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ ratings: [rating('satisfied')] }),
      }).then(async (response) => ({ status: response.status, body: await response.json() }));

    const unpaired = await post({});
    expect(unpaired.status).toBe(200);
    expect(unpaired.body.results[0]).toMatchObject({
      status: 'rejected',
      reason: 'kiosk_unauthorized',
    });

    const { kiosk, pairingCode } = await createKiosk(server.url);
    const paired = await fetch(`${server.url}/api/kiosks/pair`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: pairingCode }),
    }).then((r) => r.json() as Promise<{ token: string }>);
    const accepted = await post({ Authorization: `Bearer ${paired.token}` });
    expect(accepted.body.results[0]).toMatchObject({ status: 'accepted' });

    await fetch(`${server.url}/api/kiosks/${kiosk.id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${KIOSK_ADMIN_TOKEN}` },
    });
    const revoked = await post({ Authorization: `Bearer ${paired.token}` });
    expect(revoked.body.results[0]).toMatchObject({ status: 'rejected', reason: 'kiosk_revoked' });
  });
});
