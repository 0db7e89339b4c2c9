import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y } from './support/a11y.ts';
import { launchBrowser, openPage } from './support/browser.ts';
import { waitForStoredCatalog } from './support/indexeddb.ts';
import { startServer, type RunningServer } from './support/server.ts';

const PHONE = { width: 360, height: 800 };
const NOT_FOUND = ['Không tìm thấy thủ tục', 'Procedure not found'];

describe('a shared link opened on a first visit (issue 14, item 2)', () => {
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

  it.each([
    ['/procedures/1.001193', 'Thủ tục đăng ký khai sinh'],
    ['/procedures/1.001193/rate', 'Đánh giá dịch vụ'],
  ])(
    '%s answers from the server while the catalogue is still on its way, never "not found"',
    async (path, title) => {
      const opened = await openPage(browser, { viewport: PHONE });
      const { page, context } = opened;
      // The whole catalogue is held back as on a slow first visit; one procedure is not.
      const held: Route[] = [];
      await context.route('**/api/catalog', (route) => void held.push(route));
      const headings: string[] = [];
      await page.exposeFunction('reportHeading', (text: string) => headings.push(text));
      await page.addInitScript(() => {
        const report = () => {
          const text = document.querySelector('h1')?.textContent;
          if (text) (window as unknown as { reportHeading(t: string): void }).reportHeading(text);
        };
        new MutationObserver(report).observe(document, {
          subtree: true,
          childList: true,
          characterData: true,
        });
      });
      try {
        await page.goto(`${server.url}${path}`);
        await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 30_000 });
        // The catalogue's request (from the worker, which may start after the title is up) is
        // the one being held: the title did not come from it.
        await expect.poll(() => held.length, { timeout: 30_000 }).toBeGreaterThan(0);
        await checkA11y(page, `${path} before the catalogue arrived`);

        // The catalogue then arrives and is stored; the page never said "not found".
        for (const route of held.splice(0)) await route.continue();
        await context.unroute('**/api/catalog');
        expect(await waitForStoredCatalog(page, 120)).toBeGreaterThanOrEqual(120);
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        expect(headings.filter((text) => NOT_FOUND.includes(text))).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('says "not found" for a code the server does not have, before the catalogue arrives', async () => {
    const { page, context } = await openPage(browser, { viewport: PHONE });
    await context.route('**/api/catalog', () => {});
    try {
      await page.goto(`${server.url}/procedures/9.999999`);
      await page.getByRole('heading', { level: 1, name: 'Không tìm thấy thủ tục' }).waitFor();
      await page.getByText('Danh mục thủ tục không có thủ tục nào mang mã 9.999999.').waitFor();
    } finally {
      await context.close();
    }
  });
});
