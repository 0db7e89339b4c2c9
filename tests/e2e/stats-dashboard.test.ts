import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rating, RatingChannel, SatisfactionLevel } from '../../src/domain/rating.ts';
import { checkA11y } from './support/a11y.ts';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.ts';
import { waitForServiceWorkerControl } from './support/service-worker.ts';
import { startServer, type RunningServer } from './support/server.ts';

/**
 * Issue 4: the public dashboard over known ratings, on the built app and the real server —
 * the national rate with the count at each level, the province breakdown, filters that survive
 * a reload, and the last figures (with their date) once the server is gone. axe at a phone's
 * and a desktop's width, in both languages.
 */

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 800 };

type Spec = [province: string, channel: RatingChannel, [vs: number, s: number, d: number]];
/**
 * Hà Nội 20 (online 7/6/1, in person 3/3/0), Hồ Chí Minh City 12 (online 4/3/1, in person
 * 1/2/1), Huế 3 (too few to be meaningful). Nationally: 16 very satisfied, 15 satisfied,
 * 4 dissatisfied = 31 of 35.
 */
const SPECS: Spec[] = [
  ['01', 'online', [7, 6, 1]],
  ['01', 'in_person', [3, 3, 0]],
  ['79', 'online', [4, 3, 1]],
  ['79', 'in_person', [1, 2, 1]],
  ['46', 'online', [1, 1, 1]],
];

/** Hà Nội, online: the headline's name with the filters of the second test. */
const HANOI_ONLINE = 'Thành phố Hà Nội · Trực tuyến';

const TEXT = {
  vi: {
    title: 'Mức độ hài lòng của người dân',
    national: 'Cả nước',
    levels: ['Rất hài lòng', 'Hài lòng', 'Không hài lòng'],
    ratings: (n: string) => `trên ${n} đánh giá`,
    provinces: 'Theo tỉnh, thành phố',
    hcmc: 'Thành phố Hồ Chí Minh',
    hue: 'Thành phố Huế',
    notMeaningful: 'Chưa đủ số liệu',
    filters: 'Lọc số liệu',
    province: 'Tỉnh, thành phố',
    channel: 'Cách thực hiện',
    apply: 'Xem số liệu',
    fresh: /^Số liệu lấy vào (.+)\.$/,
    offline: 'Không kết nối được máy chủ. Đang hiển thị số liệu đã lưu vào',
    switchTo: 'English',
    locale: 'vi-VN',
  },
  en: {
    title: 'Citizen satisfaction',
    national: 'Whole country',
    levels: ['Very satisfied', 'Satisfied', 'Dissatisfied'],
    ratings: (n: string) => `out of ${n} ratings`,
    provinces: 'By province or city',
    hcmc: 'Ho Chi Minh City',
    hue: 'Hue',
    notMeaningful: 'Not yet meaningful',
    filters: 'Filter the figures',
    province: 'Province or city',
    channel: 'Channel',
    apply: 'Show figures',
    fresh: /^Figures fetched (.+)\.$/,
    offline: 'Cannot reach the server. Showing the figures saved',
    switchTo: 'Tiếng Việt',
    locale: 'en-GB',
  },
} as const;
type Lang = keyof typeof TEXT;

async function postKnownRatings(url: string): Promise<void> {
  const catalog = (await (await fetch(`${url}/api/catalog`)).json()) as {
    procedures: { code: string }[];
  };
  const codes = catalog.procedures.map((p) => p.code);
  // Two days ago: inside the default 12-month period whatever the time of day.
  const createdAt = new Date(Date.now() - 2 * 86_400_000).toISOString();
  const ratings: Rating[] = SPECS.flatMap(([province, channel, counts]) =>
    (['very_satisfied', 'satisfied', 'dissatisfied'] as SatisfactionLevel[]).flatMap((level, i) =>
      Array.from({ length: counts[i] ?? 0 }, (_, k) => ({
        id: crypto.randomUUID(),
        procedureCode: codes[k % codes.length] as string,
        overall: level,
        province: province as Rating['province'],
        channel,
        createdAt,
        locale: 'vi' as const,
      })),
    ),
  );
  const response = await fetch(`${url}/api/ratings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ratings }),
  });
  const body = (await response.json()) as { results: { status: string }[] };
  expect(body.results.map((r) => r.status)).toEqual(ratings.map(() => 'accepted'));
}

/** A percentage as the page's own Intl writes it in that language. */
function percent(page: Page, lang: Lang, fraction: number): Promise<string> {
  return page.evaluate(
    ([locale, value]) =>
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value),
    [TEXT[lang].locale, fraction] as const,
  );
}

/** The headline, named by what it covers: the whole country, or the filters in force. */
function nationalSection(page: Page, lang: Lang, scope: string = TEXT[lang].national) {
  return page.getByRole('region', { name: scope, exact: true });
}

/** Waits for the headline to show `rate` over `total` ratings, then returns the level list. */
async function expectNational(page: Page, lang: Lang, rate: number, total: number, scope?: string) {
  const section = nationalSection(page, lang, scope);
  const expected = `${await percent(page, lang, rate)} `;
  await expect
    .poll(
      async () =>
        (await section
          .locator('.national__rate')
          .textContent()
          .catch(() => '')) ?? '',
      {
        timeout: 30_000,
      },
    )
    .toContain(expected);
  expect(await section.locator('.national__rate').textContent()).toContain(
    TEXT[lang].ratings(String(total)),
  );
  return section.getByRole('listitem').allTextContents();
}

/** One province's row of the province table: [name, rate, total, very, satisfied, dissatisfied]. */
async function provinceRow(page: Page, lang: Lang, name: string): Promise<string[]> {
  const table = page.getByRole('region', { name: TEXT[lang].provinces, exact: true });
  const row = table.getByRole('row', { name: new RegExp(`^${name}(\\s|$)`) });
  return row.locator('th, td').allTextContents();
}

describe('public satisfaction dashboard (issue 4)', () => {
  let server: RunningServer;
  let browser: Browser;
  let opened: OpenedPage;
  let context: BrowserContext;
  let page: Page;
  let freshDate = '';

  beforeAll(async () => {
    server = await startServer({ env: { LOG_LEVEL: 'warn' } });
    await postKnownRatings(server.url);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.dispose();
  });

  it('shows the national rate with the count at each level, and each province', async () => {
    opened = await openPage(browser, { viewport: DESKTOP });
    ({ context, page } = opened);
    await page.goto(`${server.url}/stats`);
    await page.getByRole('heading', { level: 1, name: TEXT.vi.title }).waitFor();
    const levels = await expectNational(page, 'vi', 31 / 35, 35);
    expect(levels.map((l) => l.replace(/\s+/g, ' ').trim())).toEqual([
      `16 ${TEXT.vi.levels[0]}`,
      `15 ${TEXT.vi.levels[1]}`,
      `4 ${TEXT.vi.levels[2]}`,
    ]);

    expect(await provinceRow(page, 'vi', TEXT.vi.hcmc)).toEqual([
      TEXT.vi.hcmc,
      await percent(page, 'vi', 10 / 12),
      '12',
      '5',
      '5',
      '2',
    ]);
    expect(await provinceRow(page, 'vi', 'Thành phố Hà Nội')).toEqual([
      'Thành phố Hà Nội',
      await percent(page, 'vi', 19 / 20),
      '20',
      '10',
      '9',
      '1',
    ]);
    // Three ratings: counted, but no rate shown.
    expect(await provinceRow(page, 'vi', TEXT.vi.hue)).toEqual([
      TEXT.vi.hue,
      TEXT.vi.notMeaningful,
      '3',
      '1',
      '1',
      '1',
    ]);
    await checkA11y(page, 'dashboard, Vietnamese, 1280×800');
    await opened.screenshot('stats-dashboard-vi-desktop');
  });

  it('keeps the filters in the URL, and a reload shows the same view', async () => {
    const form = page.getByRole('group', { name: TEXT.vi.filters });
    await form.getByLabel(TEXT.vi.province, { exact: true }).selectOption('01');
    await form.getByLabel(TEXT.vi.channel, { exact: true }).selectOption('online');
    await form.getByRole('button', { name: TEXT.vi.apply }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?channel=online&province=01');
    // Hà Nội online: 7 + 6 of 14. The headline says whose figure it is (issue 18).
    await expectNational(page, 'vi', 13 / 14, 14, HANOI_ONLINE);
    expect(await page.title()).toContain(HANOI_ONLINE);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: TEXT.vi.title }).waitFor();
    expect(new URL(page.url()).search).toBe('?channel=online&province=01');
    await expectNational(page, 'vi', 13 / 14, 14, HANOI_ONLINE);
    expect(await form.getByLabel(TEXT.vi.province, { exact: true }).inputValue()).toBe('01');
    expect(await form.getByLabel(TEXT.vi.channel, { exact: true }).inputValue()).toBe('online');

    const status = page.getByText(TEXT.vi.fresh);
    await status.waitFor({ timeout: 30_000 });
    freshDate = TEXT.vi.fresh.exec((await status.textContent()) ?? '')?.[1] ?? '';
    expect(freshDate).toContain(String(new Date().getFullYear()));
    // The date already says "lúc" (at) in Vietnamese; the sentence must not say it twice.
    expect(await status.textContent()).not.toMatch(/lúc\s+lúc/);
  });

  it('passes axe on a phone and a desktop, in Vietnamese and in English', async () => {
    await page.goto(`${server.url}/stats`);
    await expectNational(page, 'vi', 31 / 35, 35);
    await page.setViewportSize(PHONE);
    await checkA11y(page, 'dashboard, Vietnamese, 360×800');
    await opened.screenshot('stats-dashboard-vi-phone');

    await page.getByRole('button', { name: TEXT.vi.switchTo }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.en.title }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectNational(page, 'en', 31 / 35, 35);
    expect(await provinceRow(page, 'en', TEXT.en.hue)).toContain(TEXT.en.notMeaningful);
    await checkA11y(page, 'dashboard, English, 360×800');
    await page.setViewportSize(DESKTOP);
    await checkA11y(page, 'dashboard, English, 1280×800');
    await opened.screenshot('stats-dashboard-en-desktop');

    await page.getByRole('button', { name: TEXT.en.switchTo }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.vi.title }).waitFor();
  });

  it('offline: a reload still shows the last figures of that view, with their date', async () => {
    await page.goto(`${server.url}/stats?channel=online&province=01`);
    await expectNational(page, 'vi', 13 / 14, 14, HANOI_ONLINE);
    await waitForServiceWorkerControl(page);
    await page.getByText(TEXT.vi.fresh).waitFor({ timeout: 30_000 });
    const savedAt = TEXT.vi.fresh.exec(
      (await page.getByText(TEXT.vi.fresh).textContent()) ?? '',
    )?.[1];

    await server.stop();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: TEXT.vi.title }).waitFor({ timeout: 30_000 });
    const notice = page.getByText(TEXT.vi.offline);
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toBe(`${TEXT.vi.offline} ${savedAt}.`);
    await expectNational(page, 'vi', 13 / 14, 14, HANOI_ONLINE);
    await checkA11y(page, 'dashboard offline, Vietnamese, 1280×800');
    await opened.screenshot('stats-dashboard-vi-offline');
  });
});
