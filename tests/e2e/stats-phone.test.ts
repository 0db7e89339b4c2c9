import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rating, RatingChannel, SatisfactionLevel } from '../../src/domain/rating.ts';
import { MAX_RATINGS_PER_BATCH } from '../../src/domain/rating-values.ts';
import { LIFTED_RATING_QUOTA_ENV } from '../support/rating-quota.ts';
import { checkA11y } from './support/a11y.ts';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

/**
 * Issue 18, item 2: phone first. At 360 px, over five-digit counts and the longest province
 * names, no table is clipped without a visible, worded way to scroll it; no bar label is cut;
 * the target line stands at the same place in every row, empty rows included; the page itself
 * never scrolls sideways. Screenshots at 360 and 1280 px, filtered and not, in both languages,
 * land in tests/e2e/.artifacts/ (ignored by git).
 */

const PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1280, height: 800 };

type Spec = [province: string, channel: RatingChannel, [vs: number, s: number, d: number]];
/** Hồ Chí Minh City in person: 12,345 ratings, so the table carries five-digit counts. */
const SPECS: Spec[] = [
  ['79', 'in_person', [9_000, 2_000, 1_345]],
  ['79', 'online', [40, 30, 10]],
  ['01', 'online', [8, 6, 1]],
  ['46', 'in_person', [1, 1, 1]],
];

async function postRatings(url: string): Promise<void> {
  const catalog = (await (await fetch(`${url}/api/catalog`)).json()) as {
    procedures: { code: string }[];
  };
  const codes = catalog.procedures.map((p) => p.code);
  const createdAt = new Date(Date.now() - 2 * 86_400_000).toISOString();
  const levels: SatisfactionLevel[] = ['very_satisfied', 'satisfied', 'dissatisfied'];
  const ratings: Rating[] = SPECS.flatMap(([province, channel, counts]) =>
    levels.flatMap((overall, i) =>
      Array.from({ length: counts[i] ?? 0 }, (_, k) => ({
        id: crypto.randomUUID(),
        procedureCode: codes[k % codes.length] as string,
        overall,
        province: province as Rating['province'],
        channel,
        createdAt,
        locale: 'vi' as const,
      })),
    ),
  );
  for (let start = 0; start < ratings.length; start += MAX_RATINGS_PER_BATCH) {
    const batch = ratings.slice(start, start + MAX_RATINGS_PER_BATCH);
    const response = await fetch(`${url}/api/ratings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ratings: batch }),
    });
    const body = (await response.json()) as { results: { status: string }[] };
    expect(body.results.filter((r) => r.status !== 'accepted')).toEqual([]);
  }
}

interface Layout {
  pageOverflow: number;
  tables: { name: string; fits: boolean; hint: boolean; focusable: boolean }[];
  stickyNames: string[];
  cutNames: string[];
  /** Per chart: the distinct left edges of its target lines (one value = one place). */
  targetLefts: number[][];
}

/** What a reader of the phone sees: clipped boxes, cut names, where the target lines stand. */
function layoutOf(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const tables = [...document.querySelectorAll<HTMLElement>('.table-scroll')].map((box) => ({
      name: box.getAttribute('aria-label') ?? '',
      fits: box.scrollWidth <= box.clientWidth + 1,
      hint: box.parentElement?.querySelector('.table-scroll__hint') !== null,
      focusable: box.tabIndex === 0,
    }));
    const cutNames = [...document.querySelectorAll<HTMLElement>('.bar-chart__name')]
      .filter((n) => n.scrollWidth > n.clientWidth + 1 || n.scrollHeight > n.clientHeight + 1)
      .map((n) => n.textContent ?? '');
    const targetLefts = [...document.querySelectorAll('.bar-chart')].map((chart) => [
      ...new Set(
        [...chart.querySelectorAll('.bar-chart__target')].map((t) =>
          Math.round(t.getBoundingClientRect().left),
        ),
      ),
    ]);
    const stickyNames = [
      ...document.querySelectorAll<HTMLElement>('.figures-table tbody th[scope="row"]'),
    ].map((th) => getComputedStyle(th).position);
    return {
      stickyNames,
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      tables,
      cutNames,
      targetLefts,
    };
  });
}

async function expectPhoneLayout(page: Page, what: string) {
  const layout = await layoutOf(page);
  expect(layout.pageOverflow, `${what}: the page scrolls sideways`).toBeLessThanOrEqual(0);
  // The catalogue figure's table (province helper's, issue 12) is outside this check.
  const tables = layout.tables.filter((t) => /^(Bảng số liệu|Table):/.test(t.name));
  expect(tables.length).toBeGreaterThan(4);
  for (const table of tables) {
    // A table either fits, or says in words that it scrolls, and can be scrolled by keyboard.
    expect(table.fits || table.hint, `${what}: ${table.name} is clipped silently`).toBe(true);
    expect(table.focusable, `${what}: ${table.name} cannot be scrolled by keyboard`).toBe(true);
  }
  // The name column stays in view while a wide table scrolls under it.
  for (const position of layout.stickyNames) expect(position, what).toBe('sticky');
  expect(layout.cutNames, `${what}: bar labels cut`).toEqual([]);
  for (const lefts of layout.targetLefts)
    expect(lefts, `${what}: target line moves`).toHaveLength(1);
}

const TITLE = { vi: 'Mức độ hài lòng của người dân', en: 'Citizen satisfaction' } as const;
const HCMC_IN_PERSON = {
  vi: 'Thành phố Hồ Chí Minh · Trực tiếp tại cơ quan',
  en: 'Ho Chi Minh City · In person at the office',
} as const;

describe('dashboard on a phone (issue 18)', () => {
  let server: RunningServer;
  let browser: Browser;
  let opened: OpenedPage | undefined;

  beforeAll(async () => {
    server = await startServer({
      env: { LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '10000', ...LIFTED_RATING_QUOTA_ENV },
    });
    await postRatings(server.url);
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await opened?.context.close();
    await browser?.close();
    await server?.dispose();
  });

  it.each(['vi', 'en'] as const)(
    'in %s: readable at 360 px, filtered and not, and passes axe; screenshots at 360 and 1280',
    async (lang) => {
      opened = await openPage(browser, {
        viewport: PHONE,
        locale: lang === 'vi' ? 'vi-VN' : 'en-GB',
      });
      const { page } = opened;
      for (const [label, query, headline] of [
        ['all', '', lang === 'vi' ? 'Cả nước' : 'Whole country'],
        ['hcmc-in-person', '?province=79&channel=in_person', HCMC_IN_PERSON[lang]],
      ] as const) {
        await page.setViewportSize(PHONE);
        await page.goto(`${server.url}/stats${query}`);
        await page.getByRole('heading', { level: 1, name: TITLE[lang] }).waitFor();
        const national = page.getByRole('region', { name: headline, exact: true });
        await national.locator('.national__rate strong').waitFor({ timeout: 30_000 });
        if (label === 'hcmc-in-person') {
          // 11,000 of 12,345: 89.1%, under the 90% yardstick.
          expect(await national.textContent()).toMatch(/89[,.]1\s?%/);
        }
        await expectPhoneLayout(page, `${lang} ${label} 360 px`);
        await checkA11y(page, `dashboard ${label}, ${lang}, 360×800`);
        await opened.screenshot(`stats-${lang}-${label}-360`);
        await page.setViewportSize(DESKTOP);
        await checkA11y(page, `dashboard ${label}, ${lang}, 1280×800`);
        await opened.screenshot(`stats-${lang}-${label}-1280`);
      }
      await opened.context.close();
      opened = undefined;
    },
    120_000,
  );
});
