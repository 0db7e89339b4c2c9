import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y } from './support/a11y.ts';
import { launchBrowser, openPage } from './support/browser.ts';
import { followHeaderLink, openHeaderMenu } from './support/header.ts';
import { waitForStoredCatalog } from './support/indexeddb.ts';
import { startServer, type RunningServer } from './support/server.ts';

const PHONE = { width: 360, height: 800 };

const TEXT = {
  vi: {
    locale: 'vi-VN',
    searchTitle: 'Tra cứu thủ tục hành chính',
    searchLabel: 'Tìm thủ tục',
    results: 'Kết quả tìm kiếm',
    rate: 'Đánh giá dịch vụ',
    rateTitle: 'Đánh giá dịch vụ công',
  },
  en: {
    locale: 'en-US',
    searchTitle: 'Find an administrative procedure',
    searchLabel: 'Search procedures',
    results: 'Search results',
    rate: 'Rate a service',
    rateTitle: 'Rate a service',
  },
} as const;
type Lang = keyof typeof TEXT;

async function headerHeight(page: Page): Promise<number> {
  const box = await page.getByRole('banner').boundingBox();
  if (!box) throw new Error('no header on the page');
  return box.height;
}

describe('a first visit on a phone (issue 14: header and language)', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ env: { LOG_LEVEL: 'warn' } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it.each(['vi', 'en'] as const)(
    'starts in the browser’s language (%s), with a header that leaves room for the first result',
    async (lang: Lang) => {
      const opened = await openPage(browser, { locale: TEXT[lang].locale, viewport: PHONE });
      const { page, context } = opened;
      try {
        await page.goto(`${server.url}/`);
        await page.getByRole('heading', { level: 1, name: TEXT[lang].searchTitle }).waitFor();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        // The catalogue is downloaded, checked and stored by a worker, not by the page.
        expect(await waitForStoredCatalog(page, 120)).toBeGreaterThanOrEqual(120);
        expect(page.workers().map((worker) => worker.url())).toContainEqual(
          expect.stringContaining('catalog.worker'),
        );

        // About 120 px of an 800 px screen, in both languages.
        expect(await headerHeight(page)).toBeLessThanOrEqual(124);
        await page.getByLabel(TEXT[lang].searchLabel, { exact: true }).fill('khai sinh');
        const first = page
          .getByRole('list', { name: TEXT[lang].results })
          .getByRole('listitem')
          .first()
          .getByRole('heading');
        await first.waitFor({ timeout: 30_000 });
        // The first result's name is on the first screen, without scrolling (polled: the list
        // may render again as the index of the just-stored catalogue replaces the first one).
        await expect
          .poll(async () => {
            const box = await first.boundingBox();
            return box ? box.y + box.height : Number.POSITIVE_INFINITY;
          })
          .toBeLessThanOrEqual(PHONE.height);
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        await checkA11y(page, `search with a query, ${lang}, 360×800, menu closed`);

        await openHeaderMenu(page);
        await checkA11y(page, `search, ${lang}, 360×800, menu open`);
        await opened.screenshot(`first-visit-menu-${lang}-phone`);
        await page.keyboard.press('Escape');
        expect(
          await page
            .getByRole('button', { name: 'Menu', exact: true })
            .getAttribute('aria-expanded'),
        ).toBe('false');

        // Everything in the menu is still reachable: a section link, and the menu closes after.
        await followHeaderLink(page, TEXT[lang].rate);
        await page.getByRole('heading', { level: 1, name: TEXT[lang].rateTitle }).waitFor();
        expect(
          await page
            .getByRole('button', { name: 'Menu', exact: true })
            .getAttribute('aria-expanded'),
        ).toBe('false');
      } finally {
        await context.close();
      }
    },
  );

  it('starts in Vietnamese when the browser prefers a language the app does not have', async () => {
    const { page, context } = await openPage(browser, { locale: 'fr-FR', viewport: PHONE });
    try {
      await page.goto(`${server.url}/`);
      await page.getByRole('heading', { level: 1, name: TEXT.vi.searchTitle }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    } finally {
      await context.close();
    }
  });

  it('keeps a chosen language over the browser’s on the next visit', async () => {
    const { page, context } = await openPage(browser, { locale: 'en-US', viewport: PHONE });
    try {
      await page.goto(`${server.url}/`);
      await page.getByRole('heading', { level: 1, name: TEXT.en.searchTitle }).waitFor();
      await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: TEXT.vi.searchTitle }).waitFor();
      await page.reload();
      await page.getByRole('heading', { level: 1, name: TEXT.vi.searchTitle }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    } finally {
      await context.close();
    }
  });
});
