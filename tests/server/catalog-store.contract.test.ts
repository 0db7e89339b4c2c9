import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStorage } from '../../src/server/storage/postgres/storage.ts';
import { openSqliteStorage, sqliteFileIn } from '../../src/server/storage/sqlite/storage.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { createTestDatabase } from './support/databases.ts';
import { makeProcedure } from './support/procedures.ts';
import { makeTempDir } from './support/storage.ts';

/**
 * One contract for every CatalogStore engine. `open` opens (or reopens) the same database;
 * `addUnknownMigration` writes a schema_migrations row that only a newer release would know.
 */
interface Engine {
  open(): Promise<Storage>;
  addUnknownMigration(): Promise<void>;
}

function catalogStoreContract(
  name: string,
  setup: () => Promise<Engine & { dispose(): Promise<void> }>,
) {
  describe(`CatalogStore contract: ${name}`, () => {
    let engine: Engine & { dispose(): Promise<void> };
    let storage: Storage;

    beforeAll(async () => {
      engine = await setup();
      storage = await engine.open();
    });
    afterAll(async () => {
      await storage.close();
      await engine.dispose();
    });

    it('starts empty: no meta, no catalogue, no procedure', async () => {
      expect(await storage.catalog.meta()).toBeUndefined();
      expect(await storage.catalog.load()).toBeUndefined();
      expect(await storage.catalog.get('1.001193')).toBeUndefined();
      expect(await storage.catalog.has('1.001193')).toBe(false);
    });

    it('upserts procedures, bumps the version and reads them back unchanged', async () => {
      const birth = makeProcedure('1.001193', {
        name: { vi: 'Thủ tục đăng ký khai sinh', en: 'Birth registration' },
        province: '46',
        onlineLevel: 'full',
      });
      const first = await storage.catalog.upsert([birth, makeProcedure('2.000001')]);
      expect(first).toMatchObject({ version: 1, count: 2 });
      expect(Number.isNaN(Date.parse(first.updatedAt))).toBe(false);
      expect(await storage.catalog.get('1.001193')).toEqual(birth);
      expect(await storage.catalog.has('1.001193')).toBe(true);
      expect(await storage.catalog.meta()).toEqual(first);
    });

    it('replaces a procedure by code and counts each code once', async () => {
      const renamed = makeProcedure('2.000001', {
        name: { vi: 'Tên mới' },
        onlineLevel: 'in_person',
      });
      const meta = await storage.catalog.upsert([renamed, makeProcedure('3.000003')]);
      expect(meta).toMatchObject({ version: 2, count: 3 });
      expect((await storage.catalog.get('2.000001'))?.name.vi).toBe('Tên mới');
    });

    it('keeps the version and its date when a re-import changes nothing', async () => {
      const before = await storage.catalog.load();
      const metaBefore = await storage.catalog.meta();
      // Issue 11, item 8: a no-change import must not make every phone download it again.
      const meta = await storage.catalog.upsert(before?.procedures ?? []);
      expect(meta).toEqual(metaBefore);
      expect(meta.version).toBe(2);
      expect(await storage.catalog.meta()).toEqual(metaBefore);
      expect((await storage.catalog.load())?.procedures).toEqual(before?.procedures);
    });

    it('bumps the version once when a re-import changes some procedures', async () => {
      const before = (await storage.catalog.load())?.procedures ?? [];
      const changed = before.map((p) =>
        p.code === '3.000003' ? { ...p, name: { ...p.name, vi: 'Tên đã sửa' } } : p,
      );
      const meta = await storage.catalog.upsert(changed);
      expect(meta).toMatchObject({ version: 3, count: 3 });
      expect((await storage.catalog.get('3.000003'))?.name.vi).toBe('Tên đã sửa');
    });

    it('loads the whole catalogue ordered by code, with its version', async () => {
      const catalog = await storage.catalog.load();
      expect(catalog?.version).toBe(3);
      expect(catalog?.procedures.map((p) => p.code)).toEqual(['1.001193', '2.000001', '3.000003']);
    });

    it('keeps everything and migrates nothing twice when reopened', async () => {
      // Twice: a migration that ran again would fail (CREATE TABLE of an existing table).
      storage = await reopen(storage, engine);
      storage = await reopen(storage, engine);
      expect(await storage.catalog.meta()).toMatchObject({ version: 3, count: 3 });
    });

    it('answers what changed after a version, from the change log (issue 14)', async () => {
      const codes = (changes: Awaited<ReturnType<typeof storage.catalog.changesSince>>) =>
        changes?.kind === 'delta' ? changes.changed.map((p) => p.code) : changes?.kind;
      expect(await storage.catalog.changesSince(3)).toMatchObject({
        kind: 'delta',
        version: 3,
        changed: [],
        removed: [],
      });
      expect(codes(await storage.catalog.changesSince(2))).toEqual(['3.000003']);
      expect(codes(await storage.catalog.changesSince(0))).toEqual([
        '1.001193',
        '2.000001',
        '3.000003',
      ]);
      const changed = await storage.catalog.changesSince(2);
      expect(changed?.kind === 'delta' && changed.changed[0]?.name.vi).toBe('Tên đã sửa');
      // A version the server never made (a restored backup): only the full answer is right.
      expect(await storage.catalog.changesSince(4)).toEqual({ kind: 'full' });
    });

    it('removes procedures once, logs their codes, and takes a returning one back', async () => {
      const meta = await storage.catalog.remove(['2.000001', '9.999999']);
      expect(meta).toMatchObject({ version: 4, count: 2 });
      expect(await storage.catalog.has('2.000001')).toBe(false);
      expect(await storage.catalog.remove(['9.999999'])).toMatchObject({ version: 4 });
      expect(await storage.catalog.changesSince(3)).toMatchObject({
        kind: 'delta',
        version: 4,
        changed: [],
        removed: ['2.000001'],
      });
      await storage.catalog.upsert([makeProcedure('2.000001')]);
      const back = await storage.catalog.changesSince(3);
      expect(back).toMatchObject({ kind: 'delta', version: 5, removed: [] });
      expect(back?.kind === 'delta' && back.changed.map((p) => p.code)).toEqual(['2.000001']);
    });

    it('refuses to open a database made by a newer release', async () => {
      await storage.close();
      await engine.addUnknownMigration();
      await expect(engine.open()).rejects.toThrow(/newer release.*upgrade the app/s);
      // Already closed above: afterAll must not close it a second time.
      storage = { ...storage, close: async () => undefined };
    });
  });
}

async function reopen(storage: Storage, engine: Engine): Promise<Storage> {
  await storage.close();
  return engine.open();
}

catalogStoreContract('SQLite', async () => {
  const temp = makeTempDir('dvc-contract-');
  const file = sqliteFileIn(temp.dir);
  return {
    open: async () => openSqliteStorage(file),
    async addUnknownMigration() {
      const db = new Database(file);
      db.prepare("INSERT INTO schema_migrations VALUES (999, 'from the future', 'now')").run();
      db.close();
    },
    dispose: async () => temp.cleanup(),
  };
});

const database = await createTestDatabase();

describe.runIf(database !== undefined)('PostgreSQL', () => {
  catalogStoreContract('PostgreSQL', async () => {
    const url = database?.url ?? '';
    return {
      open: () => openPostgresStorage(url),
      async addUnknownMigration() {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(
          "INSERT INTO schema_migrations (version, name) VALUES (999, 'from the future')",
        );
        await client.end();
      },
      dispose: async () => database?.drop(),
    };
  });
});

if (database === undefined) {
  console.warn('[catalog-store contract] PostgreSQL absent: the contract ran against SQLite only');
}
