import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  catalogDeltaEnvelopeSchema,
  catalogListEnvelopeSchema,
  procedureEntrySchema,
} from '../../src/domain/catalog-delta.ts';
import { apiErrorSchema } from '../../src/domain/api-error.ts';
import { catalogSchema } from '../../src/domain/procedure.ts';
import { migrateSqlite } from '../../src/server/storage/sqlite/migrate.ts';
import { SQLITE_MIGRATIONS } from '../../src/server/storage/sqlite/migrations.ts';
import { openSqliteStorage, sqliteFileIn } from '../../src/server/storage/sqlite/storage.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { makeProcedure } from './support/procedures.ts';
import { createTestApp, makeTempDir, openTempSqliteStorage } from './support/storage.ts';

const CODES = Array.from({ length: 200 }, (_, i) => `1.${String(2000 + i).padStart(6, '0')}`);

/** A procedure with details the size of a real one, so list and delta sizes mean something. */
function detailed(code: string, suffix = '') {
  return makeProcedure(code, {
    name: { vi: `Thủ tục cấp giấy phép ${code}${suffix}` },
    documents: Array.from({ length: 12 }, (_, i) => ({
      name: `Bản sao giấy tờ số ${i} kèm theo tờ khai theo mẫu quy định của ${code}`,
      originals: 1,
    })),
    steps: Array.from({ length: 6 }, (_, i) => `Bước ${i}: cơ quan tiếp nhận kiểm tra hồ sơ`),
  });
}

/** The body as a client reads it, whichever compression the server chose. */
function bodyOf(response: LightMyRequestResponse): unknown {
  const encoding = response.headers['content-encoding'];
  const raw = response.rawPayload;
  const text =
    encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
  return JSON.parse(text.toString());
}

describe('catalogue list and deltas by version (issue 14, item 3)', () => {
  let storage: Storage;
  let app: FastifyInstance;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ storage, close } = await openTempSqliteStorage());
    await storage.catalog.upsert(CODES.map((code) => detailed(code))); // version 1
    app = await createTestApp(storage);
  });
  afterAll(async () => {
    await app.close();
    await close();
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ url, headers: { 'accept-encoding': 'br, gzip', ...headers } });

  it('serves the list: every procedure with what search and the cards need, no details', async () => {
    const response = await app.inject('/api/catalog/list');
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"catalog-list-v1"');
    const list = catalogListEnvelopeSchema.parse(bodyOf(response));
    expect(list.version).toBe(1);
    expect(list.procedures).toHaveLength(200);
    const entry = procedureEntrySchema.strict().parse(list.procedures[0]);
    expect(entry).toMatchObject({
      code: CODES[0],
      fields: ['Hộ tịch'],
      governmentLevels: ['commune'],
      agencies: ['Ủy ban nhân dân cấp xã'],
      onlineLevel: 'partial',
    });
    const whole = await app.inject('/api/catalog');
    expect(response.body.length).toBeLessThan(whole.body.length / 4);
  });

  it('answers 304 to the list version the client has', async () => {
    const response = await get('/api/catalog/list?since=1', {
      'if-none-match': '"catalog-list-v1"',
    });
    expect(response.statusCode).toBe(304);
    expect(response.body).toBe('');
  });

  it('sends only the procedures a re-import changed, list and details, in a few KB', async () => {
    const changed = CODES.slice(10, 15);
    await storage.catalog.upsert(changed.map((code) => detailed(code, ' (sửa đổi)'))); // version 2
    const list = await get('/api/catalog/list?since=1', { 'if-none-match': '"catalog-list-v1"' });
    expect(list.statusCode).toBe(200);
    expect(list.headers.etag).toBe('"catalog-list-v2"');
    const delta = catalogDeltaEnvelopeSchema.parse(bodyOf(list));
    expect(delta).toMatchObject({ version: 2, since: 1, removed: [] });
    expect(delta.changed.map((p) => procedureEntrySchema.strict().parse(p).code)).toEqual(changed);
    const details = await get('/api/catalog?since=1', { 'if-none-match': '"catalog-v1"' });
    const detailDelta = catalogDeltaEnvelopeSchema.parse(bodyOf(details));
    expect(detailDelta.changed).toHaveLength(5);
    expect(catalogSchema.shape.procedures.parse(detailDelta.changed)[0]?.documents).toHaveLength(
      12,
    );
    // The budget: a returning device pays for 5 procedures, not the catalogue.
    const bytes = list.rawPayload.length + details.rawPayload.length;
    expect(bytes).toBeLessThan(10_000);
    // Whole records of the 5, not the 200 (this synthetic catalogue compresses too well for
    // its compressed size to compare: the bench measures the real one).
    expect(detailDelta.changed.length + delta.changed.length).toBe(10);
  });

  it('tells the client which procedures were removed', async () => {
    await storage.catalog.remove([CODES[0] as string]); // version 3
    const response = await get('/api/catalog/list?since=2');
    const delta = catalogDeltaEnvelopeSchema.parse(bodyOf(response));
    expect(delta).toMatchObject({ version: 3, since: 2, changed: [], removed: [CODES[0]] });
    const fromOne = catalogDeltaEnvelopeSchema.parse(bodyOf(await get('/api/catalog?since=1')));
    expect(fromOne.changed).toHaveLength(5);
    expect(fromOne.removed).toEqual([CODES[0]]);
  });

  it('sends the full answer to a version the server never made', async () => {
    const response = await get('/api/catalog/list?since=99');
    expect(response.statusCode).toBe(200);
    const list = catalogListEnvelopeSchema.strict().parse(bodyOf(response));
    expect(list.version).toBe(3);
    expect(list.procedures).toHaveLength(199);
  });

  it('refuses a since that is not a version, with a clear error', async () => {
    for (const since of ['abc', '-1', '1.5', '9999999999']) {
      const response = await get(`/api/catalog/list?since=${since}`);
      expect(response.statusCode).toBe(400);
      expect(apiErrorSchema.parse(bodyOf(response)).error.code).toBe('bad_request');
    }
  });
});

describe('migration 10 over a catalogue imported before it', () => {
  it('sends deltas from the version it found, the full answer before it', async () => {
    const temp = makeTempDir('dvc-delta-migration-');
    try {
      const file = sqliteFileIn(temp.dir);
      const old = new Database(file);
      migrateSqlite(
        old,
        SQLITE_MIGRATIONS.filter((m) => m.version <= 8),
      );
      const insert = old.prepare(
        `INSERT INTO procedures (code, name_vi, online_level, province, document, updated_at)
         VALUES (?, 'Tên', 'partial', NULL, ?, '2026-01-01T00:00:00.000Z')`,
      );
      for (const code of CODES.slice(0, 3)) insert.run(code, JSON.stringify(detailed(code)));
      old.exec(`INSERT INTO catalog_meta (id, version, updated_at, count)
                VALUES (1, 7, '2026-01-01T00:00:00.000Z', 3)`);
      old.close();

      const storage = openSqliteStorage(file);
      try {
        expect(await storage.catalog.changesSince(7)).toMatchObject({ kind: 'delta', changed: [] });
        expect(await storage.catalog.changesSince(6)).toEqual({ kind: 'full' });
        await storage.catalog.upsert([detailed(CODES[1] as string, ' mới')]);
        const delta = await storage.catalog.changesSince(7);
        expect(delta?.kind === 'delta' && delta.changed.map((p) => p.code)).toEqual([CODES[1]]);
      } finally {
        await storage.close();
      }
    } finally {
      temp.cleanup();
    }
  });
});
