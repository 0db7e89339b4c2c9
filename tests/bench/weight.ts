import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchModule, RowSpec } from './support/result.ts';

/** KB and MB are binary here (1 KB = 1,024 bytes), as build tools print them. */
const KB = 1024;

const ROWS: RowSpec[] = [
  {
    id: 'weight.js',
    group: 'Weight',
    label: 'First-screen JS (entry + static imports), gzip',
    unit: 'KB',
    budget: 170,
    budgetKind: 'max',
  },
  {
    id: 'weight.css',
    group: 'Weight',
    label: 'First-screen CSS, gzip',
    unit: 'KB',
    budget: 20,
    budgetKind: 'max',
  },
  {
    id: 'weight.precache',
    group: 'Weight',
    label: 'Everything precached by the service worker (uncompressed)',
    unit: 'MB',
    budget: 2,
    budgetKind: 'max',
  },
];

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}=["']([^"']+)["']`).exec(tag)?.[1];
}

/** What index.html makes the browser fetch before the first screen: scripts, preloads, CSS. */
export function firstScreenAssets(html: string): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    const rel = attr(tag, 'rel');
    if (tag.startsWith('<script')) {
      const src = attr(tag, 'src');
      if (src) js.add(src);
    } else if (rel === 'modulepreload') {
      js.add(attr(tag, 'href') as string);
    } else if (rel === 'stylesheet') {
      css.add(attr(tag, 'href') as string);
    }
  }
  return { js: [...js], css: [...css] };
}

/**
 * The URLs in the precache manifest that vite-plugin-pwa injected into sw.js: its entries are
 * JSON objects with exactly a revision and a url. Other `url:` keys in the bundled code (zod's
 * error messages, for one) are not entries.
 */
export function precacheUrls(swSource: string): string[] {
  const urls = new Set<string>();
  const entry =
    /\{\s*"(revision|url)"\s*:\s*("[^"]*"|null)\s*,\s*"(revision|url)"\s*:\s*("[^"]*"|null)\s*\}/g;
  for (const match of swSource.matchAll(entry)) {
    if (match[1] === match[3]) continue;
    const url = JSON.parse((match[1] === 'url' ? match[2] : match[4]) as string) as string | null;
    if (url) urls.add(url);
  }
  return [...urls];
}

export const weightBench: BenchModule = {
  name: 'weight',
  rows: ROWS,
  async run(ctx, record) {
    if (ctx.appBuildError) throw new Error(ctx.appBuildError);
    const dist = path.join(ctx.repoRoot, 'dist');
    const file = (url: string) =>
      path.join(dist, url.replace(/^\//, '').split(/[?#]/)[0] as string);
    const gzipped = (url: string) => gzipSync(readFileSync(file(url)), { level: 9 }).length;

    const assets = firstScreenAssets(readFileSync(path.join(dist, 'index.html'), 'utf8'));
    if (assets.js.length === 0) throw new Error('dist/index.html names no script');
    const jsBytes = assets.js.reduce((sum, url) => sum + gzipped(url), 0);
    const cssBytes = assets.css.reduce((sum, url) => sum + gzipped(url), 0);
    // Sizes of a build do not vary between runs: one run is the figure.
    record(
      'weight.js',
      [jsBytes / KB],
      `${assets.js.length} file(s), gzip -9: ${assets.js.map((u) => path.basename(u)).join(', ')}`,
    );
    record('weight.css', [cssBytes / KB], `${assets.css.length} file(s), gzip -9`);

    const swFile = path.join(dist, 'sw.js');
    if (!existsSync(swFile)) throw new Error('dist/sw.js is missing');
    const urls = precacheUrls(readFileSync(swFile, 'utf8'));
    const missing = urls.filter((url) => !existsSync(file(url)));
    if (urls.length === 0) throw new Error('no precache manifest found in dist/sw.js');
    if (missing.length > 0)
      throw new Error(`precached files missing from dist/: ${missing.join(', ')}`);
    const precacheBytes = urls.reduce((sum, url) => sum + statSync(file(url)).size, 0);
    record(
      'weight.precache',
      [precacheBytes / KB / KB],
      `${urls.length} entries in the sw.js manifest`,
    );
  },
};
