import { rmSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y } from './support/a11y.ts';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.ts';
import {
  readStoredCatalogVersion,
  runCatalogImport,
  writePortalFiles,
  type PortalProcedureFixture,
} from './support/catalog.ts';
import { openHeaderMenu } from './support/header.ts';
import { waitForStoredCatalog } from './support/indexeddb.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { waitForServiceWorkerControl } from './support/service-worker.ts';

/**
 * Issue 2, end to end: a phone visits once, loses the connection (the server is stopped: a
 * context's setOffline does not stop the service worker's own fetches), and still reloads,
 * searches without diacritics, opens a procedure and switches to English; the catalogue
 * refreshes in the background after an import; filters live in the URL; axe finds nothing.
 *
 * The steps share one phone (one context) in order, as one citizen would use the app.
 */

const PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1280, height: 800 };
const BIRTH = {
  code: '1.001193',
  vi: /Đăng ký khai sinh/i,
  en: 'Birth registration',
  /** The first search result: "Thủ tục đăng ký khai sinh | 1.001193". */
  firstVi: /^Thủ tục đăng ký khai sinh \| 1\.001193$/,
  firstEn: /^Birth registration \| 1\.001193$/,
};

/** Invented, not in the seed: a Huế procedure, fully online, with a Vietnamese name only. */
const IMPORTED: PortalProcedureFixture = {
  code: '3.999901',
  name: 'Thủ tục thí điểm cấp giấy phép nuôi ong lấy mật',
  publisher: 'UBND Thành phố Huế',
  type: 'SPECIFIC',
  category: 'Nông nghiệp',
  detail: { isFullProcess: true, submissionMethods: ['ONLINE', 'DIRECT'] },
};
const HUE = '46';
const HANOI = '01';

const TEXT = {
  vi: {
    searchTitle: 'Tra cứu thủ tục hành chính',
    searchLabel: 'Tìm thủ tục',
    results: 'Kết quả tìm kiếm',
    asOf: 'Dữ liệu tính đến',
    offline: 'Đang không có mạng: bạn đang xem danh mục đã lưu trên máy.',
    levelSection: 'Mức độ dịch vụ công trực tuyến',
    partial: 'Một phần',
    partialHelp:
      'Nộp hồ sơ trực tuyến được, nhưng vẫn có bước phải đến trực tiếp hoặc gửi qua bưu chính.',
    portal: /Xem thủ tục trên Cổng Dịch vụ công quốc gia/,
    switchTo: 'English',
    pageNotFound: 'Không tìm thấy trang',
  },
  en: {
    searchTitle: 'Find an administrative procedure',
    searchLabel: 'Search procedures',
    results: 'Search results',
    asOf: 'Data as of',
    offline: 'You are offline: showing the catalogue saved on this device.',
    levelSection: 'Online service level',
    partial: 'Partly online (một phần)',
    partialHelp: 'You can file online, but some step still needs you in person or by post.',
    portal: /View this procedure on the National Public Service Portal/,
    switchTo: 'Tiếng Việt',
    pageNotFound: 'Page not found',
  },
} as const;
type Lang = keyof typeof TEXT;

/** The date the app should show for a catalogue, formatted by the page's own Intl. */
async function expectedAsOf(page: Page, lang: Lang, updatedAt: string): Promise<string> {
  const date = await page.evaluate(
    ([iso, locale]) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso)),
    [updatedAt, lang === 'vi' ? 'vi-VN' : 'en-GB'] as const,
  );
  return `${TEXT[lang].asOf} ${date}`;
}

async function serverCatalogMeta(url: string): Promise<{ version: number; updatedAt: string }> {
  const response = await fetch(`${url}/api/catalog`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { version: number; updatedAt: string };
  return { version: body.version, updatedAt: body.updatedAt };
}

function resultItems(page: Page, lang: Lang) {
  return page.getByRole('list', { name: TEXT[lang].results }).getByRole('listitem');
}

/**
 * Types into the search box and waits until the first result is the expected one: its name
 * (as the heading shows it) and its code (the first fact under it), e.g. "Birth registration |
 * 1.001193".
 */
async function searchFor(page: Page, lang: Lang, query: string, first: string | RegExp) {
  await page.getByLabel(TEXT[lang].searchLabel, { exact: true }).fill(query);
  await expect.poll(() => firstResult(page, lang), { timeout: 30_000 }).toMatch(first);
}

/** "<name> | <code>" of the first result, '' while there is none. */
async function firstResult(page: Page, lang: Lang): Promise<string> {
  const item = resultItems(page, lang).first();
  if ((await resultItems(page, lang).count()) === 0) return '';
  const name = (await item.getByRole('heading').textContent()) ?? '';
  const code = (await item.locator('dd').first().textContent()) ?? '';
  return `${name} | ${code}`;
}

/** The text of every result heading on the page now. */
async function resultNames(page: Page, lang: Lang): Promise<string[]> {
  return resultItems(page, lang).getByRole('heading').allTextContents();
}

async function gotoSearch(page: Page, lang: Lang, origin: string, search = '') {
  await page.goto(`${origin}/${search}`);
  await page.getByRole('heading', { level: 1, name: TEXT[lang].searchTitle }).waitFor();
}

describe('procedure lookup that works offline (issue 2)', () => {
  let server: RunningServer;
  let browser: Browser;
  let phone: OpenedPage;
  let context: BrowserContext;
  let page: Page;
  let portalFolder: string | undefined;
  let seedVersion = 0;

  beforeAll(async () => {
    server = await startServer({ env: { LOG_LEVEL: 'warn' } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.dispose();
    if (portalFolder) rmSync(portalFolder, { recursive: true, force: true });
  });

  it('first visit online: stores the catalogue, shows its date, and the service worker takes control', async () => {
    phone = await openPage(browser, { viewport: PHONE });
    ({ context, page } = phone);
    await gotoSearch(page, 'vi', server.url);
    const stored = await waitForStoredCatalog(page, 120);
    const meta = await serverCatalogMeta(server.url);
    seedVersion = meta.version;
    expect(stored).toBeGreaterThanOrEqual(120);
    await expect.poll(() => readStoredCatalogVersion(page), { timeout: 30_000 }).toBe(meta.version);
    const asOf = page.getByText(await expectedAsOf(page, 'vi', meta.updatedAt), { exact: true });
    await openHeaderMenu(page);
    await asOf.waitFor();
    await waitForServiceWorkerControl(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');

    // The API is never the app shell: a JSON 404 from the server, also through the worker.
    const direct = await fetch(`${server.url}/api/unknown`);
    expect(direct.status).toBe(404);
    expect(direct.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await direct.json()).toMatchObject({ error: { code: 'not_found' } });
    const viaWorker = await page.evaluate(async () => {
      const response = await fetch('/api/unknown');
      return { status: response.status, type: response.headers.get('content-type') ?? '' };
    });
    expect(viaWorker.status).toBe(404);
    expect(viaWorker.type).toMatch(/^application\/json/);
    const navigation = await page.goto(`${server.url}/api/unknown`);
    expect(navigation?.status()).toBe(404);
    expect(await navigation?.headerValue('content-type')).toMatch(/^application\/json/);
    expect(await page.locator('#root').count()).toBe(0);

    await gotoSearch(page, 'vi', server.url);
    await resultItems(page, 'vi').first().waitFor({ timeout: 30_000 });
    await checkA11y(page, 'search, Vietnamese, 360×800');
    await phone.screenshot('catalog-search-vi-phone');
  });

  it('offline: reloads, finds a procedure without diacritics and by code, and opens its details', async () => {
    await server.stop();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: TEXT.vi.searchTitle }).waitFor();
    await page.getByText(TEXT.vi.offline).waitFor({ timeout: 30_000 });

    // Without diacritics, with them, a shorter phrase, the code, and a common spelling slip.
    for (const query of [
      'dang ky khai sinh',
      'Đăng ký khai sinh',
      'khai sinh',
      BIRTH.code,
      'dang ki khai sinh',
    ]) {
      await searchFor(page, 'vi', query, BIRTH.firstVi);
    }

    await resultItems(page, 'vi').first().getByRole('link').click();
    await page.waitForURL(`**/procedures/${BIRTH.code}`);
    const checkDetail = async (lang: Lang, name: string | RegExp) => {
      await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 30_000 });
      const level = page.getByRole('region', { name: TEXT[lang].levelSection });
      // The badge (an icon, then the level) and its plain meaning beside it.
      await level.getByText(TEXT[lang].partial).waitFor();
      await level.getByText(TEXT[lang].partialHelp, { exact: true }).waitFor();
      const portal = page.getByRole('link', { name: TEXT[lang].portal });
      // Its own page on the portal (by the portal's id), not the portal's search.
      expect(await portal.getAttribute('href')).toMatch(
        /^https:\/\/dichvucong\.gov\.vn\/thu-tuc-hanh-chinh\/[0-9a-f-]{36}$/,
      );
    };
    await checkDetail('vi', BIRTH.vi);
    await checkA11y(page, 'detail, Vietnamese, 360×800');
    await phone.screenshot('catalog-detail-vi-phone');

    // A shared link, opened with no connection at all.
    await page.reload();
    await checkDetail('vi', BIRTH.vi);

    // An unknown app address: the app's own translated page, not a browser error.
    await page.goto(`${server.url}/khong-co-trang-nay`);
    await page.getByRole('heading', { level: 1, name: TEXT.vi.pageNotFound }).waitFor();
    // Offline the API fails as a network error; the worker never answers it with index.html.
    const offlineApi = await page.evaluate(() =>
      fetch('/api/unknown').then(
        (response) => `answered ${response.status} ${response.headers.get('content-type')}`,
        () => 'network error',
      ),
    );
    expect(offlineApi).toBe('network error');
  });

  it('English, offline: the UI and <html lang> switch, and the choice survives a reload', async () => {
    await gotoSearch(page, 'vi', server.url);
    await page.getByRole('button', { name: TEXT.vi.switchTo }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.en.searchTitle }).waitFor();
    await page.getByRole('button', { name: TEXT.en.switchTo }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: TEXT.en.searchTitle }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByText(TEXT.en.offline).waitFor({ timeout: 30_000 });
    await openHeaderMenu(page);
    await page.getByText(TEXT.en.asOf, { exact: false }).waitFor();

    await searchFor(page, 'en', 'dang ky khai sinh', BIRTH.firstEn);
    await checkA11y(page, 'search, English, 360×800');
    await phone.screenshot('catalog-search-en-phone');

    await resultItems(page, 'en').first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: BIRTH.en }).waitFor({ timeout: 30_000 });
    const level = page.getByRole('region', { name: TEXT.en.levelSection });
    await level.getByText(TEXT.en.partial).waitFor();
    await level.getByText(TEXT.en.partialHelp, { exact: true }).waitFor();
    expect(await page.getByRole('link', { name: TEXT.en.portal }).getAttribute('href')).toMatch(
      /^https:\/\/dichvucong\.gov\.vn\/thu-tuc-hanh-chinh\//,
    );
    await checkA11y(page, 'detail, English, 360×800');
    await phone.screenshot('catalog-detail-en-phone');

    await page.goto(`${server.url}/no-such-page`);
    await page.getByRole('heading', { level: 1, name: TEXT.en.pageNotFound }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('refreshes in the background after an import bumps the catalogue version', async () => {
    // What an operator does: import the portal's files, then (re)start the server.
    portalFolder = writePortalFiles([IMPORTED]);
    const report = await runCatalogImport(server.dataDir, [portalFolder]);
    expect(report).toMatch(/Imported: 1 procedures \(1 new/);
    await server.restart();
    const meta = await serverCatalogMeta(server.url);
    expect(meta.version).toBeGreaterThan(seedVersion);
    expect(report).toContain(`now version ${meta.version}`);

    // The stored copy shows at once; the newer version arrives without anyone asking for it.
    await gotoSearch(page, 'en', server.url);
    await expect.poll(() => readStoredCatalogVersion(page), { timeout: 30_000 }).toBe(meta.version);
    await openHeaderMenu(page);
    await page.getByText(await expectedAsOf(page, 'en', meta.updatedAt), { exact: true }).waitFor();
    expect(await page.getByText(TEXT.en.offline).count()).toBe(0);

    // The imported procedure has no English name: the English UI says so.
    await searchFor(page, 'en', 'nuoi ong lay mat', `${IMPORTED.name} | ${IMPORTED.code}`);
    const item = resultItems(page, 'en').first();
    await item.getByText('Vietnamese name only', { exact: true }).waitFor();
    expect(await item.getByRole('link').getAttribute('lang')).toBe('vi');
    await item.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: IMPORTED.name }).waitFor({ timeout: 30_000 });
    await page.getByText('Vietnamese name only', { exact: true }).waitFor();
    await page
      .getByRole('region', { name: TEXT.en.levelSection })
      .getByText('Full-process online (toàn trình)')
      .waitFor();
    await page.getByText('Only in Hue', { exact: true }).waitFor();
    await checkA11y(page, 'detail of a Vietnamese-only procedure, English, 360×800');
    await phone.screenshot('catalog-detail-vi-only-en-phone');
  });

  it('filters by online level and province live in the URL and survive a reload', async () => {
    const FULL = 'Full-process online (toàn trình)';
    const items = resultItems(page, 'en');
    const everyResultIsFull = async () => {
      const shown = await items.count();
      return shown > 0 && (await items.filter({ hasText: FULL }).count()) === shown;
    };
    const levelSelect = page.getByLabel('Online service level', { exact: true });
    const provinceSelect = page.getByLabel('Province or city', { exact: true });
    const headerProvince = page.getByLabel('Your province or city', { exact: true });
    const params = () => Object.fromEntries(new URL(page.url()).searchParams);

    await gotoSearch(page, 'en', server.url);
    await items.first().waitFor({ timeout: 30_000 });
    expect(await everyResultIsFull()).toBe(false);
    // On a phone the filters start folded away.
    await page.locator('summary', { hasText: 'Filter results' }).click();
    await levelSelect.selectOption({ label: FULL });
    await provinceSelect.selectOption({ label: 'Hue' });
    await expect.poll(params).toMatchObject({ level: 'full', province: HUE });
    await expect.poll(everyResultIsFull, { timeout: 30_000 }).toBe(true);
    await searchFor(page, 'en', 'nuoi ong lay mat', `${IMPORTED.name} | ${IMPORTED.code}`);
    await expect.poll(params).toEqual({ q: 'nuoi ong lay mat', level: 'full', province: HUE });
    const count = page.getByRole('status').filter({ hasText: /procedures? found/ });
    const countText = await count.textContent();
    // The chosen province is remembered (IndexedDB, read back live) and shown in the header.
    await expect.poll(() => headerProvince.inputValue(), { timeout: 30_000 }).toBe(HUE);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: TEXT.en.searchTitle }).waitFor();
    expect(params()).toEqual({ q: 'nuoi ong lay mat', level: 'full', province: HUE });
    expect(await page.getByLabel(TEXT.en.searchLabel, { exact: true }).inputValue()).toBe(
      'nuoi ong lay mat',
    );
    expect(await levelSelect.inputValue()).toBe('full');
    expect(await provinceSelect.inputValue()).toBe(HUE);
    await expect
      .poll(() => firstResult(page, 'en'), { timeout: 30_000 })
      .toBe(`${IMPORTED.name} | ${IMPORTED.code}`);
    expect(await count.textContent()).toBe(countText);
    expect(await everyResultIsFull()).toBe(true);
    await expect.poll(() => headerProvince.inputValue(), { timeout: 30_000 }).toBe(HUE);

    // Another province does not see Huế's own procedure.
    await provinceSelect.selectOption({ label: 'Hanoi' });
    await expect.poll(params).toMatchObject({ level: 'full', province: HANOI });
    await expect
      .poll(async () => (await resultNames(page, 'en')).includes(IMPORTED.name), {
        timeout: 30_000,
      })
      .toBe(false);
    await expect.poll(() => headerProvince.inputValue(), { timeout: 30_000 }).toBe(HANOI);
  });

  it('has no accessibility violations on the search screen at 1280×800, in both languages', async () => {
    await page.setViewportSize(DESKTOP);
    await gotoSearch(page, 'en', server.url);
    await resultItems(page, 'en').first().waitFor({ timeout: 30_000 });
    await checkA11y(page, 'search, English, 1280×800');
    await phone.screenshot('catalog-search-en-desktop');
    await page.getByRole('button', { name: TEXT.en.switchTo }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.vi.searchTitle }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await resultItems(page, 'vi').first().waitFor({ timeout: 30_000 });
    await checkA11y(page, 'search, Vietnamese, 1280×800');
    await phone.screenshot('catalog-search-vi-desktop');
  });
});
