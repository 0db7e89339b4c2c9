import 'fake-indexeddb/auto';
import Database from 'better-sqlite3';
import { Dexie } from 'dexie';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countProcedureDetails,
  countProcedures,
  getCatalogMeta,
  getProcedure,
  getProcedureEntry,
} from '../../src/db/catalog.ts';
import { DvcDatabase, replaceDatabase } from '../../src/db/database.ts';
import { syncCatalog, syncCatalogDetails } from '../../src/features/catalog/catalog-sync.ts';
import { sqliteFileIn } from '../../src/server/storage/sqlite/storage.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { makeProcedure } from './support/procedures.ts';
import { createTestApp, openTempSqliteStorage } from './support/storage.ts';

/**
 * The device's catalogue sync (src/features/catalog/catalog-sync.ts, over fake-indexeddb)
 * against the real server and SQLite: nothing between them is faked but the socket. Every
 * request and the bytes it cost are recorded, as a phone's network would see them.
 */
const CODES = Array.from({ length: 30 }, (_, i) => `2.${String(3000 + i).padStart(6, '0')}`);

describe('the device follows the server by version (issue 14)', () => {
  let storage: Storage;
  let app: FastifyInstance;
  let close: () => Promise<void>;
  let dataDir: string;
  const requests: { url: string; status: number }[] = [];

  const fetchViaServer: typeof fetch = async (input, init) => {
    const url = String(input);
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const response = await app.inject({ url, headers });
    requests.push({ url, status: response.statusCode });
    return new Response(response.statusCode === 304 ? null : response.body, {
      status: response.statusCode,
      headers: response.headers as Record<string, string>,
    });
  };

  beforeAll(async () => {
    let config;
    ({ storage, close, config } = await openTempSqliteStorage());
    dataDir = config.dataDir;
    await storage.catalog.upsert(CODES.map((code) => makeProcedure(code))); // version 1
    app = await createTestApp(storage);
    replaceDatabase(new DvcDatabase(`delta-sync-${Date.now()}`));
  });
  afterAll(async () => {
    await app.close();
    await close();
  });

  it('a first visit downloads the list, then every procedure whole', async () => {
    expect(await syncCatalog(fetchViaServer)).toEqual({ status: 'updated', hasLocalData: true });
    expect(await countProcedures()).toBe(30);
    expect(await countProcedureDetails()).toBe(0);
    expect(await syncCatalogDetails(fetchViaServer)).toMatchObject({ status: 'updated' });
    expect(await countProcedureDetails()).toBe(30);
    expect(requests.map((r) => r.url)).toEqual(['/api/catalog/list', '/api/catalog']);
  });

  it('a returning device asks by version and gets 304 while nothing changed', async () => {
    requests.length = 0;
    expect(await syncCatalog(fetchViaServer)).toMatchObject({ status: 'current' });
    expect(await syncCatalogDetails(fetchViaServer)).toMatchObject({ status: 'current' });
    expect(requests).toEqual([
      { url: '/api/catalog/list?since=1', status: 304 },
      { url: '/api/catalog?since=1', status: 304 },
    ]);
  });

  it('applies only what a re-import changed, added and removed', async () => {
    const renamed = makeProcedure(CODES[3] as string, { name: { vi: 'Tên mới sau sửa đổi' } });
    await storage.catalog.upsert([renamed, makeProcedure('2.009999')]); // version 2
    await storage.catalog.remove([CODES[0] as string]); // version 3
    requests.length = 0;

    expect(await syncCatalog(fetchViaServer)).toMatchObject({ status: 'updated' });
    expect(await getCatalogMeta()).toMatchObject({ version: 3 });
    expect((await getProcedureEntry(CODES[3] as string))?.name.vi).toBe('Tên mới sau sửa đổi');
    expect(await getProcedureEntry('2.009999')).toBeDefined();
    expect(await getProcedureEntry(CODES[0] as string)).toBeUndefined();
    expect(await countProcedures()).toBe(30);
    // The list came first; the removed procedure's details went with it.
    expect(await getProcedure(CODES[0] as string)).toBeUndefined();
    expect((await getProcedure(CODES[3] as string))?.name.vi).not.toBe('Tên mới sau sửa đổi');

    expect(await syncCatalogDetails(fetchViaServer)).toMatchObject({ status: 'updated' });
    expect((await getProcedure(CODES[3] as string))?.name.vi).toBe('Tên mới sau sửa đổi');
    expect(await getProcedure('2.009999')).toBeDefined();
    expect(await countProcedureDetails()).toBe(30);
    expect(await getCatalogMeta('details')).toMatchObject({ version: 3 });
    expect(requests.map((r) => r.url)).toEqual([
      '/api/catalog/list?since=1',
      '/api/catalog?since=1',
    ]);
  });

  it('a device older than the change log gets, and keeps, the full answer', async () => {
    // The change log starts at the current version, as migration 10 makes it on an old server.
    const db = new Database(sqliteFileIn(dataDir));
    db.prepare('UPDATE catalog_meta SET changes_since = version + 1').run();
    await storage.catalog.upsert([makeProcedure(CODES[5] as string, { onlineLevel: 'full' })]);
    db.close();
    requests.length = 0;

    expect(await syncCatalog(fetchViaServer)).toMatchObject({ status: 'updated' });
    expect(await getCatalogMeta()).toMatchObject({ version: 4 });
    expect((await getProcedureEntry(CODES[5] as string))?.onlineLevel).toBe('full');
    expect(await countProcedures()).toBe(30);
    expect(await syncCatalogDetails(fetchViaServer)).toMatchObject({ status: 'updated' });
    expect((await getProcedure(CODES[5] as string))?.onlineLevel).toBe('full');
    expect(await countProcedureDetails()).toBe(30);
  });
});

describe('Dexie version 4 over a device that had the whole catalogue', () => {
  it('gives the device its list at once, at the version it had', async () => {
    const name = `dvc-v1-catalogue-${Date.now()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      procedures: 'code, onlineLevel, province',
      settings: 'key',
      outbox: 'id, state, queuedAt, [state+nextAttemptAt]',
    });
    await v1.open();
    await v1.table('procedures').bulkAdd(CODES.slice(0, 4).map((code) => makeProcedure(code)));
    await v1.table('settings').bulkAdd([
      { key: 'catalog.version', value: 7 },
      { key: 'catalog.updatedAt', value: '2026-07-01T00:00:00.000Z' },
      { key: 'catalog.etag', value: '"catalog-v7"' },
    ]);
    v1.close();

    const db = new DvcDatabase(name);
    replaceDatabase(db);
    try {
      expect(await countProcedures()).toBe(4);
      expect(await getProcedureEntry(CODES[1] as string)).toEqual({
        code: CODES[1],
        name: { vi: `Thủ tục thử ${CODES[1]}` },
        fields: ['Hộ tịch'],
        governmentLevels: ['commune'],
        agencies: ['Ủy ban nhân dân cấp xã'],
        onlineLevel: 'partial',
      });
      expect(await getCatalogMeta()).toEqual({
        version: 7,
        updatedAt: '2026-07-01T00:00:00.000Z',
      });
      expect(await getCatalogMeta('details')).toMatchObject({ version: 7, etag: '"catalog-v7"' });
      expect(await countProcedureDetails()).toBe(4);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });
});
