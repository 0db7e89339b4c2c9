import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import type { BenchContext } from './context.ts';

const PAGES_DIR = path.resolve(import.meta.dirname, '../pages');
/** Bench pages are served under the app server's own origin, so /api/… is same-origin. */
const BASE = '/__bench/';

const built = new Map<string, Promise<string>>();

/**
 * Bundles tests/bench/pages/<name>.html (and the app modules its entry imports) with Vite's
 * JS API into a temp folder. One build per page, so a page whose app code has not landed yet
 * fails alone.
 */
export function buildBenchPage(
  ctx: BenchContext,
  name: string,
  alias: Record<string, string> = {},
): Promise<string> {
  let pending = built.get(name);
  if (!pending) {
    pending = (async () => {
      const outDir = ctx.tempDir(`page-${name}`);
      await build({
        configFile: false,
        root: PAGES_DIR,
        base: BASE,
        logLevel: 'error',
        resolve: { alias },
        build: {
          outDir,
          emptyOutDir: true,
          // Readable stacks in error rows; the size of these pages is not what is measured.
          minify: true,
          sourcemap: false,
          rollupOptions: { input: { [name]: path.join(PAGES_DIR, `${name}.html`) } },
        },
      });
      return outDir;
    })();
    built.set(name, pending);
  }
  return pending;
}

export interface BenchPage {
  context: BrowserContext;
  page: Page;
}

/**
 * Opens a built bench page at <serverUrl>/__bench/<name>.html in a fresh context: the files
 * come from the build folder (Playwright routing), everything else from the real server.
 */
export async function openBenchPage(
  browser: Browser,
  serverUrl: string,
  name: string,
  outDir: string,
): Promise<BenchPage> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.route(`${serverUrl}${BASE}**`, async (route) => {
    const rel = new URL(route.request().url()).pathname.slice(BASE.length);
    const file = path.join(outDir, rel);
    if (!file.startsWith(outDir) || !existsSync(file)) return route.fulfill({ status: 404 });
    return route.fulfill({ path: file });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${serverUrl}${BASE}${name}.html`);
  await page
    .waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady === true, {
      timeout: 30_000,
    })
    .catch(() => {
      throw new Error(`bench page ${name} did not start: ${errors.join('; ') || 'no error shown'}`);
    });
  return { context, page };
}
