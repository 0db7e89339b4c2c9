import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y } from './support/a11y.ts';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.ts';
import { waitForStoredCatalog } from './support/indexeddb.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { waitForServiceWorkerControl } from './support/service-worker.ts';

/**
 * Issue 19, end to end: a phone visits once, loses the connection (the server is stopped), and
 * goes through "having a baby" from the home screen in Vietnamese, with a province chosen, then
 * in English; a shared link to another event opens offline too; each procedure link leads to
 * its page. Real IndexedDB and service worker in Chromium; axe on every state.
 */

const PHONE = { width: 360, height: 800 };

const TEXT = {
  vi: {
    searchTitle: 'Tra cứu thủ tục hành chính',
    nav: 'Việc cần làm khi…',
    baby: 'Khi gia đình có em bé',
    death: 'Khi gia đình có người mất',
    registration: /Đăng ký khai sinh$/,
    deadline: 'Trong 60 ngày kể từ ngày sinh.',
    birthName: 'Thủ tục đăng ký khai sinh',
    partial: 'Một phần',
    national: /^1 trong 6 bước làm được hoàn toàn trực tuyến theo mức độ chung của cả nước\./,
    hanoi: /^1 trong 6 bước làm được hoàn toàn trực tuyến ở Thành phố Hà Nội\./,
    noVersion: /Danh mục chưa có bản riêng của Thành phố Hà Nội/,
    switchTo: 'English',
    open: 'Xem thủ tục 1.001193',
  },
  en: {
    baby: 'When you have a baby',
    death: 'When someone in your family dies',
    registration: /Register the birth$/,
    deadline: 'Within 60 days of the birth.',
    birthName: 'Birth registration',
    hanoi: /^1 of 6 steps can be done fully online in Hanoi\./,
    switchTo: 'Tiếng Việt',
    open: 'See the procedure 1.001193',
  },
} as const;

function step(page: Page, name: RegExp) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name }) });
}

describe('life events, step by step, offline (issue 19)', () => {
  let server: RunningServer;
  let browser: Browser;
  let phone: OpenedPage;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ env: { LOG_LEVEL: 'warn' } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.dispose();
  });

  it('first visit online: the home screen offers the life events', async () => {
    phone = await openPage(browser, { viewport: PHONE });
    ({ context, page } = phone);
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1, name: TEXT.vi.searchTitle }).waitFor();
    await waitForStoredCatalog(page, 120);
    await waitForServiceWorkerControl(page);
    const nav = page.getByRole('navigation', { name: TEXT.vi.nav });
    expect(await nav.getByRole('link').count()).toBe(8);
  });

  it('offline, in Vietnamese: from the home screen through "sinh con", with its levels', async () => {
    await server.stop();
    await page.reload();
    await page
      .getByRole('navigation', { name: TEXT.vi.nav })
      .getByRole('link', { name: 'sinh con', exact: true })
      .click();
    await page.waitForURL('**/events/having-a-baby');
    await page.getByRole('heading', { level: 1, name: TEXT.vi.baby }).waitFor();
    await page.getByText(TEXT.vi.national).waitFor({ timeout: 30_000 });

    const registration = step(page, TEXT.vi.registration);
    await registration.getByText(TEXT.vi.deadline, { exact: true }).waitFor();
    const birth = registration
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: TEXT.vi.birthName, exact: true }) });
    await birth.getByText(TEXT.vi.partial).first().waitFor();
    await checkA11y(page, 'life event, Vietnamese, 360×800');
    await phone.screenshot('life-event-vi-phone');

    await page.getByLabel('Tỉnh, thành phố của bạn').selectOption('01');
    await page.getByText(TEXT.vi.hanoi).waitFor();
    await registration.getByText(TEXT.vi.noVersion).first().waitFor();
    await checkA11y(page, 'life event with a province, Vietnamese, 360×800');
  });

  it('offline, in English: the same event, and a shared link to another one', async () => {
    await page.getByRole('button', { name: TEXT.vi.switchTo }).click();
    await page.getByRole('button', { name: TEXT.en.switchTo }).waitFor();
    await page.getByRole('heading', { level: 1, name: TEXT.en.baby }).waitFor();
    await page.getByText(TEXT.en.hanoi).waitFor();
    const registration = step(page, TEXT.en.registration);
    await registration.getByText(TEXT.en.deadline, { exact: true }).waitFor();
    await registration.getByRole('heading', { name: TEXT.en.birthName, exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await checkA11y(page, 'life event, English, 360×800');
    await phone.screenshot('life-event-en-phone');

    await page.goto(`${server.url}/events/death-in-the-family`);
    await page.getByRole('heading', { level: 1, name: TEXT.en.death }).waitFor();
    await page.getByText('Within 15 days of the death.', { exact: true }).waitFor();
    await checkA11y(page, 'shared link to a life event, English, 360×800');

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: TEXT.en.baby }).waitFor();
    await page.getByRole('link', { name: TEXT.en.open }).click();
    await page.waitForURL('**/procedures/1.001193');
    await page.getByRole('heading', { level: 1, name: TEXT.en.birthName }).waitFor();
  });
});
