import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { onTestFailed } from 'vitest';
import { REPO_ROOT } from './server.ts';

export const ARTIFACTS_DIR = join(REPO_ROOT, 'tests', 'e2e', '.artifacts');

/** Debian's Chromium (the `chromium` package), headless; CHROMIUM_PATH overrides the path. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface OpenPageOptions {
  /** Accept-Language and navigator.language; the app itself starts in Vietnamese regardless. */
  locale?: string;
  /** A phone-sized viewport by default: citizens mostly use phones. */
  viewport?: { width: number; height: number };
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Screenshot into tests/e2e/.artifacts/<name>.png (also taken automatically on failure). */
  screenshot(name: string): Promise<string>;
}

function safeName(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 120);
}

/**
 * A fresh context (own storage, own service worker) and page. Call inside a test: on failure a
 * full-page screenshot lands in tests/e2e/.artifacts/. Close the context in the test's cleanup.
 */
export async function openPage(
  browser: Browser,
  options: OpenPageOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    locale: options.locale ?? 'vi-VN',
    viewport: options.viewport ?? { width: 412, height: 915 },
    serviceWorkers: 'allow',
  });
  const page = await context.newPage();
  const screenshot = async (name: string) => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const path = join(ARTIFACTS_DIR, `${safeName(name)}.png`);
    await page.screenshot({ path, fullPage: true });
    return path;
  };
  onTestFailed(async ({ task }) => {
    try {
      const path = await screenshot(`FAILED-${task.name}`);
      console.error(`Screenshot of the failure: ${path}`);
    } catch {
      // The page may already be gone; the assertion error is what matters.
    }
  });
  return { context, page, screenshot };
}
