import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTIFACTS_DIR, launchBrowser } from '../e2e/support/browser.ts';
import { startServer } from '../e2e/support/server.ts';

/**
 * Opens the dashboard of the built app (`npm run build` first) on the real server over a
 * database already filled by generate-ratings.ts, and saves a full-page screenshot:
 *
 *   DATA_DIR=/tmp/dvc-1m npx tsx tests/bench/screenshot-dashboard.ts [name=stats-dashboard-1m]
 *   DATABASE_URL=postgres://… npx tsx tests/bench/screenshot-dashboard.ts
 *
 * Prints the national figure as the page shows it and how long the page took from navigation to
 * that figure (one run: an indication, not a benchmark). The file lands in tests/e2e/.artifacts/.
 */
async function main(argv: readonly string[]): Promise<number> {
  const name = argv[0] ?? 'stats-dashboard-1m';
  const dataDir = process.env.DATA_DIR;
  if (!dataDir && !process.env.DATABASE_URL) {
    process.stderr.write('Set DATA_DIR (SQLite) or DATABASE_URL (PostgreSQL).\n');
    return 2;
  }
  const server = await startServer({
    ...(dataDir ? { dataDir: path.resolve(dataDir) } : {}),
    env: {
      LOG_LEVEL: 'warn',
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    },
    readyTimeoutMs: 120_000,
  });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({
      locale: 'vi-VN',
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(`${server.url}/stats`);
    const rate = page.locator('.national__rate');
    await rate.locator('strong').waitFor({ timeout: 120_000 });
    const ms = performance.now() - started;
    const headline = (await rate.textContent())?.replace(/\s+/g, ' ').trim();
    const levels = (await page.locator('.national__levels li').allTextContents()).map((t) =>
      t.replace(/\s+/g, ' ').trim(),
    );
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const file = path.join(ARTIFACTS_DIR, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    // The whole page is ~10,000 px tall; the top (headline, months, provinces) on its own too.
    const top = path.join(ARTIFACTS_DIR, `${name}-top.png`);
    await page.screenshot({
      path: top,
      fullPage: true,
      clip: { x: 0, y: 0, width: 1280, height: 2200 },
    });
    process.stdout.write(
      `national figure: ${headline} (${levels.join(', ')})\n` +
        `shown ${Math.round(ms)} ms after navigation; screenshots: ${file}, ${top}\n`,
    );
    await context.close();
    return 0;
  } finally {
    await browser.close();
    // A DATA_DIR given here belongs to the caller: startServer only removes dirs it made.
    await server.dispose();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
