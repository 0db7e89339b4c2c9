import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import {
  checkKioskA11y,
  createKiosk,
  KIOSK_ADMIN_TOKEN,
  openKioskPage,
  openStaffPanel,
  pairThroughUi,
} from './kiosk-support.ts';
import { KIOSK_TIMING } from '../../src/features/kiosk/kiosk-timing.ts';

/** Every kiosk screen, in both languages, at a tablet's 1280×800: axe finds nothing. */
describe('kiosk screens', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ env: { ADMIN_TOKEN: KIOSK_ADMIN_TOKEN, LOG_LEVEL: 'warn' } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('has no accessibility violations on any kiosk screen, in Vietnamese and English', async () => {
    const { context, page, screenshot } = await openKioskPage(browser);
    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    try {
      // Not paired yet.
      await page.goto(`${server.url}/kiosk`);
      await page.getByRole('heading', { name: 'Máy này chưa được ghép nối' }).waitFor();
      await checkKioskA11y(page, 'kiosk not paired, Vietnamese');
      await page.getByRole('link', { name: 'Ghép nối máy' }).click();
      await page.getByRole('heading', { name: 'Ghép nối máy đánh giá tại quầy' }).waitFor();
      await checkKioskA11y(page, 'kiosk pairing, Vietnamese');
      await page.getByRole('button', { name: 'Ghép nối' }).click();
      await page.getByRole('alert').waitFor();
      await checkKioskA11y(page, 'kiosk pairing with an error, Vietnamese');
      await screenshot('kiosk-pair-vi');

      const { pairingUrl } = await createKiosk(server.url, {
        procedures: ['1.001193', '1.001022'],
        allowComments: true,
      });
      await pairThroughUi(page, server.url, pairingUrl);
      // No app header or navigation: the only way out is the staff corner.
      expect(await page.getByRole('banner').count()).toBe(0);
      expect(await page.getByRole('navigation').count()).toBe(0);

      for (const language of ['vi', 'en'] as const) {
        const [levelName, skip, title] =
          language === 'vi'
            ? ['Rất hài lòng', 'Bỏ qua', 'Xin cảm ơn Ông/Bà!']
            : ['Very satisfied', 'Skip', 'Thank you!'];
        if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
        const level = page.getByRole('button', { name: levelName, exact: true });
        await level.waitFor();
        const box = await level.boundingBox();
        expect(box && Math.min(box.width, box.height)).toBeGreaterThanOrEqual(72);
        await checkKioskA11y(page, `kiosk start, ${language}`);
        await screenshot(`kiosk-start-${language}`);

        await level.click();
        await page.waitForTimeout(KIOSK_TIMING.repeatPressWindow + 200);
        await checkKioskA11y(page, `kiosk follow-up, ${language}`);
        await screenshot(`kiosk-follow-up-${language}`);
        await page.getByRole('button', { name: skip }).click();
        await page.getByRole('heading', { name: title }).waitFor();
        await checkKioskA11y(page, `kiosk thank-you, ${language}`);
        await screenshot(`kiosk-thanks-${language}`);
        // Resets to the start, and to Vietnamese, for the next person.
        await page
          .getByRole('button', { name: 'Rất hài lòng', exact: true })
          .waitFor({ timeout: KIOSK_TIMING.thanksDuration + 5_000 });
      }

      for (const language of ['vi', 'en'] as const) {
        if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
        await openStaffPanel(page, KIOSK_TIMING.staffLongPress);
        await checkKioskA11y(page, `kiosk staff panel, ${language}`);
        await screenshot(`kiosk-staff-${language}`);
        await page.getByRole('button', { name: /^(Hủy ghép nối|Unpair)$/ }).click();
        await page.getByRole('alertdialog').waitFor();
        await checkKioskA11y(page, `kiosk unpair confirmation, ${language}`);
        await page.getByRole('button', { name: /^(Hủy|Cancel)$/ }).click();
        await page.getByRole('button', { name: /^(Đóng|Close)$/ }).click();
        await page.getByRole('button', { name: 'Rất hài lòng', exact: true }).waitFor();
      }

      // The PIN prompt with a wrong PIN, in English.
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('button', { name: /for staff/i }).focus();
      await page.keyboard.press('Enter');
      await page.getByLabel('PIN').fill('0000');
      await page.getByRole('button', { name: 'Open' }).click();
      await page.getByRole('alert').waitFor();
      await checkKioskA11y(page, 'kiosk staff PIN, wrong, English');
      expect(cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
