import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyFilters } from '../../src/domain/catalog-filters.ts';
import { buildProcedureSearch } from '../../src/domain/search/index.ts';
import { importPortalFiles } from '../../src/server/catalog/import-portal.ts';
import {
  runCatalogSearchCommand,
  TOP,
  type CatalogSearchHit,
} from '../../src/server/catalog-search.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { makeProcedure } from '../component/support/factories.ts';
import { EVAL_QUERIES } from '../unit/domain/search/eval/queries.ts';
import { hasPortalData, PORTAL_DIR } from '../unit/domain/search/eval/real-catalog.ts';
import { openTempSqliteStorage } from './support/storage.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs the command over `storage`, answers as parsed JSON lines. */
async function run(storage: Storage, args: string[], stdin: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCatalogSearchCommand(args, storage, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readLines: async function* () {
      yield* stdin;
    },
  });
  return { code, out, err };
}

const hitsOf = (line: string) => (JSON.parse(line) as { hits: CatalogSearchHit[] }).hits;

describe('catalog:search over a small catalogue', () => {
  let db: Awaited<ReturnType<typeof openTempSqliteStorage>>;
  beforeAll(async () => {
    db = await openTempSqliteStorage();
    await db.storage.catalog.upsert([
      makeProcedure({
        code: '1.001193',
        name: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
      }),
      makeProcedure({ code: '1.004194', name: { vi: 'Đăng ký tạm trú' } }),
      makeProcedure({ code: '1.115001', name: { vi: 'Đăng ký tạm trú' }, province: '01' }),
      makeProcedure({ code: '1.115002', name: { vi: 'Đăng ký tạm trú' }, province: '79' }),
    ]);
  });
  afterAll(() => db.close());

  it('answers as JSON, a province’s own procedures only for that province, and first there', async () => {
    const all = await run(db.storage, ['--json', 'tạm trú']);
    expect(all.code).toBe(0);
    expect(hitsOf(all.out[0] as string).map((h) => h.code)).toEqual([
      '1.004194',
      '1.115001',
      '1.115002',
    ]);
    const hanoi = await run(db.storage, ['--json', '--province', '01', 'tạm trú']);
    expect(hitsOf(hanoi.out[0] as string).map((h) => h.code)).toEqual(['1.115001', '1.004194']);
  });

  it('says in English mode when a name exists only in Vietnamese', async () => {
    const { out } = await run(db.storage, ['--lang', 'en', 'dang ky']);
    const text = out.join('\n');
    expect(text).toContain('1.001193  Birth registration\n');
    expect(text).toContain('1.004194  Đăng ký tạm trú (Vietnamese only)');
  });

  it('reads one query a line from standard input when none is given', async () => {
    const { code, out } = await run(
      db.storage,
      ['--json'],
      ['khai sinh', '', 'Mã thủ tục: 1.004194'],
    );
    expect(code).toBe(0);
    expect(out.map((line) => hitsOf(line)[0]?.code)).toEqual(['1.001193', '1.004194']);
  });

  it('refuses a bad option with the usage and exit code 2', async () => {
    for (const args of [['--province', '99', 'x'], ['--lang', 'fr', 'x'], ['--nope']]) {
      const { code, err } = await run(db.storage, args);
      expect(code).toBe(2);
      expect(err.join('\n')).toContain('Usage:');
    }
  });

  it('is wired into the server CLI and npm script', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/server/cli.ts', 'catalog-search', '--json', 'khai sinh'],
      { cwd: REPO_ROOT, env: { ...process.env, DATA_DIR: db.config.dataDir }, encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(hitsOf(result.stdout.trim())[0]?.code).toBe('1.001193');
  });
});

describe('catalog:search on an empty catalogue', () => {
  it('says to import first and exits 1', async () => {
    const db = await openTempSqliteStorage();
    try {
      const { code, err } = await run(db.storage, ['khai sinh']);
      expect(code).toBe(1);
      expect(err.join('\n')).toMatch(/catalogue is empty/);
    } finally {
      await db.close();
    }
  });
});

describe.runIf(hasPortalData)('catalog:search answers as the browser does (real catalogue)', () => {
  let db: Awaited<ReturnType<typeof openTempSqliteStorage>>;
  beforeAll(async () => {
    db = await openTempSqliteStorage();
    await importPortalFiles([PORTAL_DIR], db.storage.catalog);
  }, 120_000);
  afterAll(() => db.close());

  it('gives the search page’s top 20 for every evaluation query, with and without a province', async () => {
    // What SearchPage does: the index built from the synced catalogue, then the filters.
    const catalog = await db.storage.catalog.load();
    const browser = buildProcedureSearch(catalog?.procedures ?? []);
    const queries = EVAL_QUERIES.map((q) => q.query);
    for (const province of [undefined, '01', '24'] as const) {
      const args = ['--json', ...(province ? ['--province', province] : [])];
      const filters = province ? { province } : {};
      const { out } = await run(db.storage, args, queries);
      expect(out).toHaveLength(queries.length);
      queries.forEach((query, i) => {
        const expected = applyFilters(browser.search(query, filters), filters)
          .slice(0, TOP)
          .map((p) => p.code);
        expect({ query, codes: hitsOf(out[i] as string).map((h) => h.code) }).toEqual({
          query,
          codes: expected,
        });
      });
    }
  }, 120_000);
});
