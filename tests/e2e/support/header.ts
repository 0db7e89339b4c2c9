import type { Page } from 'playwright-core';

/**
 * Opens the site header's menu when it is folded (on a phone the section links, the tagline and
 * the catalogue's date sit in it; from 48rem up they are shown and the menu button is hidden).
 */
export async function openHeaderMenu(page: Page): Promise<void> {
  const menu = page.getByRole('banner').getByRole('button', { name: 'Menu', exact: true });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') {
    await menu.click();
  }
}

/** Follows a link of the site header the way a person does, through the menu on a phone. */
export async function followHeaderLink(page: Page, name: string): Promise<void> {
  await openHeaderMenu(page);
  await page.getByRole('banner').getByRole('link', { name, exact: true }).click();
}
