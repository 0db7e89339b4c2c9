import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { onTestFailed } from 'vitest';
import { checkA11y } from './support/a11y.ts';
import { ARTIFACTS_DIR } from './support/browser.ts';
import { kioskCreateResponseSchema, type KioskCreateResponse } from '../../src/domain/kiosk.ts';

export const KIOSK_ADMIN_TOKEN = 'e2e-operator-token-0123456789';
export const KIOSK_PIN = '13579';
export const KIOSK_VIEWPORT = { width: 1280, height: 800 };

/** Provisions a kiosk through the operator API, as an operator's script would. */
export async function createKiosk(
  serverUrl: string,
  overrides: Record<string, unknown> = {},
): Promise<KioskCreateResponse> {
  const response = await fetch(`${serverUrl}/api/kiosks`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${KIOSK_ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: 'Bộ phận Một cửa UBND phường Bến Thành',
      province: '79',
      agency: 'UBND phường Bến Thành',
      ...overrides,
    }),
  });
  if (response.status !== 201) throw new Error(`POST /api/kiosks: ${response.status}`);
  return kioskCreateResponseSchema.parse(await response.json());
}

/** Opens the pairing link, sets the staff PIN and waits for the kiosk's start screen. */
export async function pairThroughUi(page: Page, serverUrl: string, pairingUrl: string) {
  await page.goto(`${serverUrl}${pairingUrl}`);
  await page.getByLabel('Mã PIN của cán bộ').fill(KIOSK_PIN);
  await page.getByLabel('Nhập lại mã PIN').fill(KIOSK_PIN);
  await page.getByRole('button', { name: 'Ghép nối' }).click();
  await page.getByRole('button', { name: 'Rất hài lòng', exact: true }).waitFor();
}

/** Opens the staff panel the way staff do: hold the corner, type the PIN. */
export async function openStaffPanel(page: Page, holdMs: number) {
  const corner = page.getByRole('button', { name: /dành cho cán bộ|for staff/i });
  const box = await corner.boundingBox();
  if (!box) throw new Error('staff corner not visible');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(holdMs + 200);
  await page.mouse.up();
  await page.getByLabel(/^(Mã PIN|PIN)$/).fill(KIOSK_PIN);
  await page.getByRole('button', { name: /^(Mở|Open)$/ }).click();
  await page.getByRole('heading', { name: /bảng điều khiển|staff panel/i }).waitFor();
}

/** The text of the staff panel's value for a label (a <dt>/<dd> pair). */
export async function staffFact(page: Page, label: string): Promise<string> {
  return page
    .locator('dt', { hasText: label })
    .locator('xpath=following-sibling::dd[1]')
    .innerText();
}

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * axe on the page as it is. axe-core goes in through the DevTools protocol (page.evaluate),
 * which the server's Content-Security-Policy (script-src 'self') does not govern, unlike the
 * inline <script> tag the harness would add; so the kiosk runs under its real CSP.
 */
export async function checkKioskA11y(page: Page, label: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  await checkA11y(page, label);
}

/** A fresh 1280×800 context, under the server's real headers. */
export async function openKioskPage(browser: Browser) {
  const context = await browser.newContext({
    locale: 'vi-VN',
    viewport: KIOSK_VIEWPORT,
    serviceWorkers: 'allow',
  });
  const page = await context.newPage();
  const screenshot = async (name: string) => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const path = join(ARTIFACTS_DIR, `${name}.png`);
    await page.screenshot({ path });
    return path;
  };
  // Outside a test (the measuring script) there is nothing to hook into.
  try {
    onTestFailed(async () => {
      await screenshot('FAILED-kiosk').catch(() => undefined);
    });
  } catch {
    // Not running under vitest.
  }
  return { context, page, screenshot };
}
