import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkA11y } from './support/a11y.ts';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.ts';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy.ts';
import { followHeaderLink } from './support/header.ts';
import { readOutbox, waitForStoredCatalog } from './support/indexeddb.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { waitForServiceWorkerControl } from './support/service-worker.ts';

/**
 * Issue 3, end to end: a citizen rates services in real Chromium, against the built app (service
 * worker active) and the real server, with a fault proxy between them (tests/e2e/support/
 * fault-proxy.ts). Every case ends by reading the server's SQLite file: it must hold exactly the
 * ratings the device created, once each.
 *
 * Each test gets its own server and proxy, so the server's table holds only that test's ratings,
 * and the browser keeps one origin (the proxy's) for the whole test.
 */

// Seed catalogue procedures (src/server/catalog/seed), with their English names.
const BIRTH = { code: '1.001193', name: 'Thủ tục đăng ký khai sinh', en: 'Birth registration' };
const MARRIAGE = { code: '1.000894', name: 'Thủ tục đăng ký kết hôn', en: 'Marriage registration' };
const RESIDENCE = {
  code: '1.004222',
  name: 'Đăng ký thường trú',
  en: 'Permanent residence registration',
};

type Level = 'very_satisfied' | 'satisfied' | 'dissatisfied';
const LEVEL_VI: Record<Level, string> = {
  very_satisfied: 'Rất hài lòng',
  satisfied: 'Hài lòng',
  dissatisfied: 'Không hài lòng',
};

interface RatingByHand {
  procedure: { code: string; name: string; en: string };
  overall: Level;
  channel: 'online' | 'in_person';
  dossierCode?: string;
}

interface ServerRating {
  id: string;
  procedure_code: string;
  overall: string;
  channel: string;
  dossier_code: string | null;
}

/** The server's own record, read from its SQLite file (read-only, beside the running server). */
function ratingsOnServer(server: RunningServer): ServerRating[] {
  const db = new Database(path.join(server.dataDir, 'dvc.sqlite'), {
    readonly: true,
    fileMustExist: true,
  });
  try {
    return db
      .prepare('SELECT id, procedure_code, overall, channel, dossier_code FROM ratings ORDER BY id')
      .all() as ServerRating[];
  } finally {
    db.close();
  }
}

/** What the server must hold for these device ratings: one row each, with these answers. */
function expectedRows(ids: readonly string[], byId: Map<string, RatingByHand>): ServerRating[] {
  return [...ids].sort().map((id) => {
    const rating = byId.get(id);
    if (!rating) throw new Error(`no rating made by hand for id ${id}`);
    return {
      id,
      procedure_code: rating.procedure.code,
      overall: rating.overall,
      channel: rating.channel,
      dossier_code: rating.dossierCode ?? null,
    };
  });
}

/**
 * Pairs each id in the device's outbox with the rating made by hand, by procedure (each test
 * rates different procedures, so the procedure identifies the rating).
 */
async function deviceRatings(
  page: Page,
  made: readonly RatingByHand[],
): Promise<Map<string, RatingByHand>> {
  const outbox = await readOutbox(page);
  expect(outbox).toHaveLength(made.length);
  return new Map(
    outbox.map((item) => {
      const rating = made.find((r) => r.procedure.code === item.procedureCode);
      if (!rating) throw new Error(`unexpected rating for ${item.procedureCode} on the device`);
      return [item.id, rating];
    }),
  );
}

/**
 * Puts every waiting rating where hours offline would have put it: many failed attempts, the
 * next one an hour away (the backoff's cap is minutes; an hour makes the point unmistakable).
 * Raw IndexedDB, as the page's own retries would have written it; waiting for real backoff
 * would take many minutes. Returns how many ratings it changed.
 */
async function pushBackoffAnHourAway(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolveCount, reject) => {
        const request = indexedDB.open('dvc');
        request.onerror = () => reject(new Error('cannot open dvc'));
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('outbox', 'readwrite');
          const store = tx.objectStore('outbox');
          let changed = 0;
          const cursor = store.openCursor();
          cursor.onsuccess = () => {
            const at = cursor.result;
            if (!at) return;
            const item = at.value as { state: string; attempts: number; nextAttemptAt: number };
            if (item.state === 'pending') {
              at.update({ ...item, attempts: 12, nextAttemptAt: Date.now() + 60 * 60_000 });
              changed += 1;
            }
            at.continue();
          };
          tx.oncomplete = () => {
            db.close();
            resolveCount(changed);
          };
          tx.onerror = () => reject(tx.error ?? new Error('outbox write failed'));
        };
      }),
  );
}

/** For each waiting rating, how far away its next attempt is (ms), read from IndexedDB. */
async function msUntilNextAttempts(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolveTimes, reject) => {
        const request = indexedDB.open('dvc');
        request.onerror = () => reject(new Error('cannot open dvc'));
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction('outbox').objectStore('outbox').getAll();
          all.onsuccess = () => {
            db.close();
            const items = all.result as { state: string; nextAttemptAt: number }[];
            resolveTimes(
              items.filter((i) => i.state === 'pending').map((i) => i.nextAttemptAt - Date.now()),
            );
          };
          all.onerror = () => reject(all.error ?? new Error('outbox read failed'));
        };
      }),
  );
}

/** A fresh context at the proxy's origin, with the worker in control and the catalogue stored. */
async function openApp(browser: Browser, proxy: FaultProxy, locale = 'vi-VN'): Promise<OpenedPage> {
  const opened = await openPage(browser, { locale });
  await opened.page.goto(proxy.url);
  await waitForServiceWorkerControl(opened.page);
  await waitForStoredCatalog(opened.page);
  return opened;
}

/**
 * Rates a procedure the way a citizen does: "Rate a service" → search → pick → answer → send,
 * and waits for the confirmation. All in-app navigation, so it works offline too.
 */
async function rateThroughForm(page: Page, rating: RatingByHand): Promise<void> {
  await followHeaderLink(page, 'Đánh giá dịch vụ');
  await page.getByLabel('Tên hoặc mã thủ tục').fill(rating.procedure.code);
  await page.getByRole('link', { name: `Đánh giá: ${rating.procedure.name}` }).click();
  await page.getByRole('heading', { name: 'Đánh giá dịch vụ', level: 1 }).waitFor();
  await page
    .getByRole('group', { name: /Nhìn chung, bạn có hài lòng/ })
    .getByRole('radio', { name: LEVEL_VI[rating.overall], exact: true })
    .check();
  await page
    .getByRole('radio', { name: rating.channel === 'online' ? 'Trực tuyến' : /Trực tiếp/ })
    .check();
  if (rating.dossierCode) await page.getByLabel('Mã hồ sơ').fill(rating.dossierCode);
  await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await page.getByRole('heading', { name: 'Cảm ơn bạn đã đánh giá' }).waitFor();
}

/** The header's outbox link ("3 đánh giá chờ gửi"); absent when nothing waits. */
function headerCount(page: Page) {
  return page.getByRole('banner').getByRole('link', { name: /đánh giá chờ gửi|waiting/ });
}

/** The number the header shows, or 0 when its outbox link is gone. */
async function headerNumber(page: Page): Promise<number> {
  const link = headerCount(page);
  if ((await link.count()) === 0) return 0;
  return Number(await link.locator('.outbox-indicator__count').innerText());
}

async function openOutboxFromHeader(page: Page): Promise<void> {
  await headerCount(page).click();
  await page.getByRole('heading', { name: 'Đánh giá trên thiết bị này', level: 1 }).waitFor();
}

/** A rating posted straight to the server, as another device would. */
async function postDirectly(server: RunningServer, rating: Record<string, unknown>) {
  const response = await fetch(`${server.url}/api/ratings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      ratings: [
        {
          id: crypto.randomUUID(),
          overall: 'satisfied',
          channel: 'in_person',
          createdAt: new Date().toISOString(),
          locale: 'vi',
          ...rating,
        },
      ],
    }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { results: { id: string; status: string }[] };
}

describe('rating a service: ratings wait on the device and reach the server exactly once', () => {
  let browser: Browser;
  let server: RunningServer;
  let proxy: FaultProxy;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    server = await startServer({ env: { LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '100000' } });
    proxy = await startFaultProxy(server.url);
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
    await proxy?.close();
    await server?.dispose();
  });

  it('(a) keeps three ratings made offline through a reload, then the server gets exactly those three', async () => {
    const opened = await openApp(browser, proxy);
    ({ context } = opened);
    const { page } = opened;
    const made: RatingByHand[] = [
      { procedure: BIRTH, overall: 'very_satisfied', channel: 'in_person' },
      { procedure: MARRIAGE, overall: 'dissatisfied', channel: 'online' },
      { procedure: RESIDENCE, overall: 'satisfied', channel: 'in_person' },
    ];

    // Offline: the server is gone and the browser knows it has no network.
    await server.stop();
    await opened.context.setOffline(true);
    for (const rating of made) {
      await rateThroughForm(page, rating);
      // The confirmation tells the truth: kept here, to be sent later.
      await page
        .getByRole('status')
        .filter({ hasText: 'Đã lưu trên thiết bị này — sẽ được gửi khi có mạng.' })
        .waitFor({ timeout: 30_000 });
    }
    const byId = await deviceRatings(page, made);

    // The service worker serves the app; the ratings are still on the device.
    await page.reload();
    // Chromium forgets the emulated offline state across a reload (navigator.onLine is true
    // again, so no `online` event could follow): set it again for the new document.
    await opened.context.setOffline(false);
    await opened.context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await expect.poll(() => headerNumber(page), { timeout: 30_000 }).toBe(3);
    await expect(headerCount(page).getAttribute('href')).resolves.toBe('/outbox');
    expect(ratingsOnServer(server)).toEqual([]);
    // A long time offline: the retries have backed off far. A 'sending' one belongs to a retry
    // that is failing right now; try again once it is back to pending.
    await expect.poll(() => pushBackoffAnHourAway(page), { timeout: 30_000 }).toBe(3);

    // Online again: the `online` event must send them now, not when the backoff ends.
    await server.restart();
    await opened.context.setOffline(false);
    await expect.poll(() => headerNumber(page), { timeout: 60_000, interval: 500 }).toBe(0);
    expect(ratingsOnServer(server)).toEqual(expectedRows([...byId.keys()], byId));
    expect(await readOutbox(page)).toEqual([]);
  });

  it('(b) retries while the server answers 503, and every rating arrives once when it recovers', async () => {
    const opened = await openApp(browser, proxy);
    ({ context } = opened);
    const { page } = opened;
    const made: RatingByHand[] = [
      { procedure: BIRTH, overall: 'satisfied', channel: 'online' },
      { procedure: MARRIAGE, overall: 'very_satisfied', channel: 'in_person' },
    ];

    proxy.setRatingsFault({ kind: 'status', status: 503, retryAfter: '1' });
    for (const rating of made) await rateThroughForm(page, rating);
    const byId = await deviceRatings(page, made);
    // "For a while": the app keeps trying on its own (timer and backoff), and keeps them.
    await expect
      .poll(() => proxy.ratingsExchanges().filter((e) => e.fault === 'status').length, {
        timeout: 60_000,
      })
      .toBeGreaterThanOrEqual(3);
    expect(await headerNumber(page)).toBe(2);
    expect(ratingsOnServer(server)).toEqual([]);

    // The server recovers. No button: the backoff after a few failures is seconds here, so the
    // app's own timer sends them.
    proxy.setRatingsFault({ kind: 'pass' });
    await expect.poll(() => headerNumber(page), { timeout: 90_000, interval: 500 }).toBe(0);
    expect(ratingsOnServer(server)).toEqual(expectedRows([...byId.keys()], byId));
    const answered = proxy.ratingsExchanges().filter((e) => e.upstreamStatus === 200);
    expect(answered.flatMap((e) => e.results ?? []).map((r) => r.status)).not.toContain('rejected');
  });

  it('(c) sends a batch again when the answer to it was lost, and the server keeps one of each', async () => {
    const opened = await openApp(browser, proxy);
    ({ context } = opened);
    const { page } = opened;
    const made: RatingByHand[] = [
      { procedure: BIRTH, overall: 'dissatisfied', channel: 'in_person' },
      { procedure: RESIDENCE, overall: 'very_satisfied', channel: 'online' },
    ];

    // Every batch reaches the server and is committed, but its answer never reaches the phone.
    proxy.setRatingsFault({ kind: 'drop-response' });
    for (const rating of made) await rateThroughForm(page, rating);
    const byId = await deviceRatings(page, made);
    await expect.poll(() => ratingsOnServer(server).length, { timeout: 60_000 }).toBe(made.length);
    // The phone heard nothing, so it still holds both.
    expect((await readOutbox(page)).map((item) => item.id).sort()).toEqual([...byId.keys()].sort());
    expect(await headerNumber(page)).toBe(2);

    // Then the server, busy, asks for an hour's pause (Retry-After): once both have heard that,
    // nothing is sent by itself before the test is long over, so the next send is the button's.
    proxy.setRatingsFault({ kind: 'status', status: 503, retryAfter: '3600' });
    await expect
      .poll(
        () =>
          new Set(
            proxy
              .ratingsExchanges()
              .filter((e) => e.fault === 'status')
              .flatMap((e) => e.ids),
          ).size,
        { timeout: 60_000 },
      )
      .toBe(made.length);
    // Retry-After honoured: both wait (about) the hour, not the few seconds of the backoff.
    const waits = await msUntilNextAttempts(page);
    expect(waits).toHaveLength(2);
    for (const wait of waits) expect(wait).toBeGreaterThan(50 * 60_000);
    await openOutboxFromHeader(page);
    await page
      .getByText(/^Đã thử \d+ lần\. Lần thử tiếp theo sau/)
      .first()
      .waitFor();

    // The server is fine again. "Send now" on the outbox screen sends the batch again at once
    // instead of waiting out the hour.
    proxy.setRatingsFault({ kind: 'pass' });
    await page.getByRole('button', { name: 'Gửi ngay' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Đã gửi 2 đánh giá.' })
      .waitFor({ timeout: 60_000 });
    await expect.poll(() => headerNumber(page), { timeout: 30_000 }).toBe(0);

    expect(ratingsOnServer(server)).toEqual(expectedRows([...byId.keys()], byId));
    // The batch really was sent again, and the server recognised it.
    const lastAnswered = proxy
      .ratingsExchanges()
      .filter((e) => e.fault === 'pass' && e.upstreamStatus === 200)
      .at(-1);
    expect(lastAnswered?.results?.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
  });

  it('(d) keeps a rating the server refused on the outbox screen, with the reason in both languages', async () => {
    const opened = await openApp(browser, proxy);
    ({ context } = opened);
    const { page } = opened;
    const dossierCode = 'H29.22-240115-0001';
    // Someone already rated this dossier (another phone, the office's kiosk).
    const first = await postDirectly(server, { procedureCode: BIRTH.code, dossierCode });
    expect(first.results[0]?.status).toBe('accepted');

    await rateThroughForm(page, {
      procedure: BIRTH,
      overall: 'dissatisfied',
      channel: 'online',
      dossierCode,
    });
    const refused =
      'Máy chủ không chấp nhận đánh giá này. Hồ sơ này đã được đánh giá. Mỗi hồ sơ chỉ được đánh giá một lần.';
    await page.getByRole('status').filter({ hasText: refused }).waitFor({ timeout: 60_000 });
    const [kept] = await readOutbox(page);
    expect(kept).toMatchObject({ state: 'rejected', reason: 'dossier_already_rated' });

    // Still there after a reload, on the outbox screen, with the reason, in both languages.
    await page.reload();
    await page.getByRole('link', { name: 'Xem các đánh giá trên thiết bị này' }).click();
    const item = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: BIRTH.name }),
    });
    await item.getByText('Không được chấp nhận').waitFor();
    await item
      .getByText('Hồ sơ này đã được đánh giá. Mỗi hồ sơ chỉ được đánh giá một lần.')
      .waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    const itemEn = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: BIRTH.en }),
    });
    await itemEn.getByText('Not accepted').waitFor();
    await itemEn
      .getByText('This dossier has already been rated. Each dossier can be rated once.')
      .waitFor();
    await itemEn.getByRole('button', { name: `Discard the rating of ${BIRTH.en}` }).waitFor();

    // The server holds the first rating only; the refused one is on the device, not lost.
    expect(ratingsOnServer(server)).toEqual([
      {
        id: first.results[0]?.id,
        procedure_code: BIRTH.code,
        overall: 'satisfied',
        channel: 'in_person',
        dossier_code: dossierCode,
      },
    ]);
    expect((await readOutbox(page)).map((i) => i.id)).toEqual([kept?.id]);
  });

  it('(e) has no axe violations on the form (also with errors) and the outbox screen, in Vietnamese and English, on a phone and a desktop', async () => {
    const opened = await openApp(browser, proxy);
    ({ context } = opened);
    const { page, screenshot } = opened;
    // The outbox screen with something in it: one refused rating and one waiting for a server
    // that answers 503.
    const dossierCode = 'HS-2024-000123';
    await postDirectly(server, { procedureCode: BIRTH.code, dossierCode });
    await rateThroughForm(page, {
      procedure: BIRTH,
      overall: 'satisfied',
      channel: 'in_person',
      dossierCode,
    });
    await expect
      .poll(async () => (await readOutbox(page)).map((i) => i.state), { timeout: 60_000 })
      .toEqual(['rejected']);
    proxy.setRatingsFault({ kind: 'status', status: 503, retryAfter: '600' });
    await rateThroughForm(page, { procedure: MARRIAGE, overall: 'satisfied', channel: 'online' });
    await expect
      .poll(async () => proxy.ratingsExchanges().filter((e) => e.fault === 'status').length, {
        timeout: 60_000,
      })
      .toBeGreaterThan(0);

    const screens = [
      { language: 'vi', switchTo: undefined },
      { language: 'en', switchTo: 'English' },
    ] as const;
    const viewports = [
      { name: 'phone', width: 360, height: 800 },
      { name: 'desktop', width: 1280, height: 800 },
    ] as const;
    for (const { language, switchTo } of screens) {
      if (switchTo) await page.getByRole('button', { name: switchTo }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
      for (const viewport of viewports) {
        await page.setViewportSize(viewport);
        const label = `${language}, ${viewport.name}`;

        await page.goto(`${proxy.url}/procedures/${RESIDENCE.code}/rate`);
        const submit = page.getByRole('button', {
          name: language === 'vi' ? 'Gửi đánh giá' : 'Send rating',
        });
        await submit.waitFor();
        await checkA11y(page, `rating form, ${label}`);
        await screenshot(`ratings-form-${language}-${viewport.name}`);

        await page.getByLabel(language === 'vi' ? 'Mã hồ sơ' : 'Dossier code').fill('ab');
        await submit.click();
        const summary = page.getByRole('alert');
        await summary.getByRole('link').first().waitFor();
        expect(await summary.getByRole('link').count()).toBe(3);
        await checkA11y(page, `rating form with errors, ${label}`);
        await screenshot(`ratings-form-errors-${language}-${viewport.name}`);

        await page.goto(`${proxy.url}/outbox`);
        await page
          .getByRole('listitem')
          .filter({
            has: page.getByRole('heading', {
              name: language === 'vi' ? MARRIAGE.name : MARRIAGE.en,
            }),
          })
          .waitFor();
        await page
          .getByRole('listitem')
          .filter({
            has: page.getByRole('heading', { name: language === 'vi' ? BIRTH.name : BIRTH.en }),
          })
          .waitFor();
        await checkA11y(page, `outbox, ${label}`);
        await screenshot(`ratings-outbox-${language}-${viewport.name}`);
      }
    }
    // Nothing the screens did sent anything twice: the server has the other device's rating only.
    expect(ratingsOnServer(server).map((r) => r.dossier_code)).toEqual([dossierCode]);
  });
});
