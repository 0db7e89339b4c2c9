import type { Page } from 'playwright-core';

/**
 * Waits until a service worker is active and controls the page. The first visit registers it;
 * with clientsClaim the page is usually controlled at once, otherwise a reload makes it so.
 */
export async function waitForServiceWorkerControl(page: Page, maxReloads = 3): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  for (let attempt = 0; attempt <= maxReloads; attempt += 1) {
    const isControlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
    if (isControlled) return;
    // Give clientsClaim a moment before falling back to a reload.
    const claimed = await page
      .waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 2_000,
      })
      .then(() => true)
      .catch(() => false);
    if (claimed) return;
    await page.reload({ waitUntil: 'load' });
  }
  throw new Error('No service worker controls the page after reloading.');
}

/** Whether the precache holds index.html (the worker finished installing the app shell). */
export async function hasPrecachedShell(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const names = await caches.keys();
    for (const name of names) {
      const cache = await caches.open(name);
      const keys = await cache.keys();
      if (keys.some((request) => new URL(request.url).pathname === '/index.html')) return true;
    }
    return false;
  });
}
