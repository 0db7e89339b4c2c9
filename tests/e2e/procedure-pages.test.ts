import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalUrlFor } from '../../src/domain/procedure.ts';
import { firstListOnlyProcedure, hasPortalData, PORTAL_DIR } from '../support/portal-data.ts';
import { checkA11y } from './support/a11y.ts';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.ts';
import { runCatalogImport } from './support/catalog.ts';
import { waitForStoredCatalog } from './support/indexeddb.ts';
import { startServer, type RunningServer } from './support/server.ts';

if (!hasPortalData) {
  console.warn(`[procedure-pages] SKIPPED: ${PORTAL_DIR} is absent (it is not part of the repo)`);
}

/**
 * Issue 11, end to end: the real national files imported with the real importer, then the
 * detail pages a citizen reads, in Chromium, in both languages, with axe. What a page must never
 * show: a raw unit code, "0 originals, 0 copies", a "::" group header as a document, "free" where
 * the source names a fee, a foreign fee as đồng, a portal link that is not the procedure's own.
 */

const BIRTH = '1.001193';
/** Land certificate renewal (full-process): fee 0 whose text names the fee and who sets it. */
const LAND = '1.115733';
/** Birth registration abroad: a consular fee of 5 US dollars. */
const CONSULAR = '1.001020';

const TEXT = {
  vi: {
    switchTo: 'English',
    portal: /^Xem thủ tục trên Cổng Dịch vụ công quốc gia/,
    methods: 'Cách thức thực hiện, thời hạn và phí',
    documents: 'Thành phần hồ sơ',
    zeroCounts: '0 bản chính, 0 bản sao',
    free: 'Miễn phí',
    online: 'Nộp hồ sơ trực tuyến',
    where: 'Nơi nộp hồ sơ, điều kiện và cách nhận kết quả',
    anywhere: /bất kỳ nơi tiếp nhận nào trong tỉnh/,
    source: 'Nguồn và ngày của thông tin',
    portalDated:
      /lấy từ Cổng Dịch vụ công quốc gia \(dichvucong\.gov\.vn\), bản ghi được Cổng cập nhật ngày/,
    notPublished: 'Cổng Dịch vụ công quốc gia chưa công bố chi tiết',
    none: 'Nguồn không có thông tin này',
    birthTitle: 'Thủ tục đăng ký khai sinh',
  },
  en: {
    switchTo: 'Tiếng Việt',
    portal: /^View this procedure on the National Public Service Portal/,
    methods: 'How to apply, time and fees',
    documents: 'Documents to submit',
    zeroCounts: '0 originals, 0 copies',
    free: 'Free',
    online: 'Apply online',
    where: 'Where to file, conditions and how you get the result',
    anywhere: /any receiving point in the province/,
    source: 'Source and date of this information',
    portalDated:
      /from the National Public Service Portal \(dichvucong\.gov\.vn\); the portal last updated this record on/,
    notPublished: 'The National Public Service Portal has not published the details',
    none: 'The source has no information on this',
    birthTitle: 'Birth registration',
  },
} as const;
type Lang = keyof typeof TEXT;

/** Portal id of each code, from the real list rows: the page must link to exactly this. */
function portalIds(): Map<string, string> {
  const lines = readFileSync(path.join(PORTAL_DIR, 'catalog.jsonl'), 'utf8').split('\n');
  const rows = lines.filter(Boolean).map((l) => JSON.parse(l) as { id: string; code: string });
  return new Map(rows.map((row) => [row.code.trim(), row.id]));
}

/** Raw codes of the source that must never reach a page as words. */
const RAW_CODES = /\b(OTHER|WORKING_DAY|SERVICE_FEE|PRICE_LEVEL|AT_SUBMISSION_PLACE|AT_HOME)\b/;

async function openDetail(page: Page, origin: string, code: string): Promise<void> {
  await page.goto(`${origin}/procedures/${code}`);
  await page.locator('article.detail[aria-busy="false"]').waitFor({ timeout: 30_000 });
  // The facts list names the code: the page is this procedure's, not "not found".
  await page.locator('.facts dd', { hasText: code }).first().waitFor();
}

/** What every detail page must (and must not) show, in either language. */
async function expectHonestPage(page: Page, lang: Lang, code: string, ids: Map<string, string>) {
  const text = await page.locator('article.detail').innerText();
  expect(text, code).not.toMatch(RAW_CODES);
  expect(text, code).not.toContain(TEXT[lang].zeroCounts);
  expect(text, code).not.toContain('::');
  const link = page.getByRole('link', { name: TEXT[lang].portal });
  expect(await link.getAttribute('href'), code).toBe(portalUrlFor(ids.get(code)));
  const source = page.getByRole('complementary', { name: TEXT[lang].source });
  await source.waitFor();
  expect(await source.innerText(), code).toMatch(/dichvucong\.gov\.vn|DVC/);
}

describe.runIf(hasPortalData)('procedure pages over the real national catalogue (issue 11)', () => {
  let server: RunningServer;
  let browser: Browser;
  let phone: OpenedPage;
  let context: BrowserContext;
  let page: Page;
  const ids = hasPortalData ? portalIds() : new Map<string, string>();
  const listOnly = hasPortalData ? firstListOnlyProcedure() : undefined;

  beforeAll(async () => {
    server = await startServer({ env: { LOG_LEVEL: 'warn' } });
    await runCatalogImport(server.dataDir, [PORTAL_DIR]);
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.dispose();
  });

  it('stores the imported catalogue on the phone', async () => {
    phone = await openPage(browser, { viewport: { width: 360, height: 800 } });
    ({ context, page } = phone);
    await page.goto(`${server.url}/`);
    expect(await waitForStoredCatalog(page, 5_000, 180_000)).toBeGreaterThanOrEqual(5_000);
  }, 240_000);

  for (const lang of ['vi', 'en'] as const) {
    it(`birth registration (${BIRTH}) has real times, grouped documents, its own link (${lang})`, async () => {
      if (lang === 'en') {
        await openDetail(page, server.url, BIRTH);
        await page.getByRole('button', { name: TEXT.vi.switchTo }).click();
        await page.getByRole('button', { name: TEXT.en.switchTo }).waitFor();
      }
      await openDetail(page, server.url, BIRTH);
      await page.getByRole('heading', { level: 1, name: TEXT[lang].birthTitle }).waitFor();
      await expectHonestPage(page, lang, BIRTH, ids);
      const documents = page.getByRole('region', { name: TEXT[lang].documents });
      const groups = await documents.getByRole('heading', { level: 3 }).allTextContents();
      expect(groups).toContain('Giấy tờ phải nộp');
      const items = await documents.getByRole('listitem').allTextContents();
      expect(items.some((item) => item.trim().startsWith('*'))).toBe(false);
      await checkA11y(page, `${BIRTH}, ${lang}`);
      await phone.screenshot(`procedure-${BIRTH}-${lang}`);
    }, 120_000);

    it(`land certificate (${LAND}): the fee is the source's words, never free; VNeID; where (${lang})`, async () => {
      await openDetail(page, server.url, LAND);
      await expectHonestPage(page, lang, LAND, ids);
      const methods = page.getByRole('region', { name: TEXT[lang].methods });
      const methodsText = await methods.innerText();
      expect(methodsText).not.toContain(TEXT[lang].free);
      expect(methodsText).toContain('Hội đồng nhân dân');
      const online = page.getByRole('region', { name: TEXT[lang].online });
      expect(await online.innerText()).toContain('VNeID');
      const where = page.getByRole('region', { name: TEXT[lang].where });
      expect(await where.innerText()).toMatch(TEXT[lang].anywhere);
      const source = page.getByRole('complementary', { name: TEXT[lang].source });
      expect(await source.innerText()).toMatch(TEXT[lang].portalDated);
      await checkA11y(page, `${LAND}, ${lang}`);
      await phone.screenshot(`procedure-${LAND}-${lang}`);
    }, 120_000);

    it(`a consular fee (${CONSULAR}) is shown in US dollars, not đồng (${lang})`, async () => {
      await openDetail(page, server.url, CONSULAR);
      await expectHonestPage(page, lang, CONSULAR, ids);
      const methodsText = await page.getByRole('region', { name: TEXT[lang].methods }).innerText();
      expect(methodsText).toMatch(/US\$/);
      expect(methodsText).not.toMatch(/\b5\s?₫|₫\s?5\b/);
      await checkA11y(page, `${CONSULAR}, ${lang}`);
    }, 120_000);

    it(`a list-only procedure says once that details are not published, with its link (${lang})`, async () => {
      const code = listOnly?.code ?? '';
      await openDetail(page, server.url, code);
      await expectHonestPage(page, lang, code, ids);
      const text = await page.locator('article.detail').innerText();
      expect(text.split(TEXT[lang].notPublished)).toHaveLength(2);
      expect(text).not.toContain(TEXT[lang].none);
      await checkA11y(page, `list-only ${code}, ${lang}`);
    }, 120_000);
  }
});
