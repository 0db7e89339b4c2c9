import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from './support/storage.ts';

/**
 * Issue 6: no secret and no server code in what phones download. The app is built here, into a
 * temp folder, with made-up secrets in the environment exactly as an operator's shell would have
 * them; then every file of the build is searched.
 */
const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const CANARIES = {
  ADMIN_TOKEN: 'canary-admin-token-7c41e9d2b8a0',
  DATABASE_URL: 'postgres://dvc:canary-db-password-93ab@db.internal:5432/dvc',
  PGPASSWORD: 'canary-pg-password-51fe',
};
/** Names and code that exist only on the server. */
const SERVER_ONLY = [
  'ADMIN_TOKEN',
  'DATABASE_URL',
  'better-sqlite3',
  'fastify',
  'timingSafeEqual',
  'CREATE TABLE',
  'synchronous = FULL',
  'src/server/',
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the client bundle', () => {
  const temp = makeTempDir('dvc-bundle-');
  const outDir = path.join(temp.dir, 'dist');
  let files: { name: string; text: string }[] = [];

  beforeAll(() => {
    const build = spawnSync(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir'],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, ...CANARIES, NODE_ENV: 'production' },
        encoding: 'utf8',
        timeout: 240_000,
      },
    );
    if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
    files = filesUnder(outDir).map((file) => ({
      name: path.relative(outDir, file),
      text: readFileSync(file).toString('latin1'),
    }));
  }, 300_000);
  afterAll(() => temp.cleanup());

  it('was built: an index.html, scripts and the service worker', () => {
    const names = files.map((f) => f.name);
    expect(names).toContain('index.html');
    expect(names).toContain('sw.js');
    expect(names.filter((n) => n.endsWith('.js')).length).toBeGreaterThan(2);
  });

  it('holds none of the secrets the build environment had', () => {
    for (const { name, text } of files) {
      for (const [variable, secret] of Object.entries(CANARIES)) {
        expect(text.includes(secret), `${variable}'s value in ${name}`).toBe(false);
      }
      expect(text.includes('canary-'), `a canary value in ${name}`).toBe(false);
    }
  });

  it('holds no server-only module code', () => {
    for (const { name, text } of files) {
      for (const marker of SERVER_ONLY) {
        expect(text.includes(marker), `"${marker}" in ${name}`).toBe(false);
      }
    }
  });

  it('has no inline script or event-handler attribute in index.html, which the CSP would block', () => {
    const html = files.find((f) => f.name === 'index.html')?.text ?? '';
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes = '', body = ''] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});
