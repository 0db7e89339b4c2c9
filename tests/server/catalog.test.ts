import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogSchema, procedureSchema } from '../../src/domain/procedure.ts';
import { apiErrorSchema } from '../../src/domain/api-error.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { makeProcedure } from './support/procedures.ts';
import { createTestApp, makeTempDir, openTempSqliteStorage } from './support/storage.ts';

describe('catalogue API', () => {
  let storage: Storage;
  let app: FastifyInstance;
  let close: () => Promise<void>;
  const dist = makeTempDir('dvc-dist-');

  beforeAll(async () => {
    ({ storage, close } = await openTempSqliteStorage());
    // Enough procedures for the body to be worth compressing.
    await storage.catalog.upsert(
      Array.from({ length: 40 }, (_, i) => makeProcedure(`1.${String(1000 + i).padStart(6, '0')}`)),
    );
    await storage.catalog.upsert([
      makeProcedure('1.001193', { name: { vi: 'Thủ tục đăng ký khai sinh' }, onlineLevel: 'full' }),
    ]);
    mkdirSync(path.join(dist.dir, 'assets'));
    writeFileSync(path.join(dist.dir, 'index.html'), '<!doctype html><title>DVC</title>');
    writeFileSync(path.join(dist.dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(path.join(dist.dir, 'sw.js'), 'self.skipWaiting()');
    app = await createTestApp(storage, { staticRoot: dist.dir });
  });

  afterAll(async () => {
    await app.close();
    await close();
    dist.cleanup();
  });

  it('reports health with the storage kind and the catalogue version', async () => {
    const response = await app.inject('/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', storage: 'sqlite', catalogVersion: 2 });
  });

  it('serves the whole catalogue with a strong ETag and no-cache', async () => {
    const response = await app.inject('/api/catalog');
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"catalog-v2"');
    expect(response.headers['cache-control']).toBe('no-cache');
    const catalog = catalogSchema.parse(response.json());
    expect(catalog.version).toBe(2);
    expect(catalog.procedures).toHaveLength(41);
    expect(catalog.procedures.find((p) => p.code === '1.001193')?.name.vi).toBe(
      'Thủ tục đăng ký khai sinh',
    );
  });

  it('answers 304 without a body when If-None-Match matches', async () => {
    const response = await app.inject({
      url: '/api/catalog',
      headers: { 'if-none-match': '"catalog-v2"' },
    });
    expect(response.statusCode).toBe(304);
    expect(response.body).toBe('');
    expect(response.headers.etag).toBe('"catalog-v2"');
  });

  it('compresses with gzip or brotli as the client accepts', async () => {
    const gzipped = await app.inject({
      url: '/api/catalog',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toContain('Accept-Encoding');
    const fromGzip = catalogSchema.parse(JSON.parse(gunzipSync(gzipped.rawPayload).toString()));
    expect(fromGzip.procedures).toHaveLength(41);

    const brotli = await app.inject({
      url: '/api/catalog',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(brotli.headers['content-encoding']).toBe('br');
    const fromBrotli = JSON.parse(brotliDecompressSync(brotli.rawPayload).toString());
    expect(fromBrotli).toEqual(fromGzip);
    expect(brotli.rawPayload.length).toBeLessThan(JSON.stringify(fromBrotli).length);
  });

  it('changes the ETag when an import bumps the version, and serves the new content', async () => {
    await storage.catalog.upsert([makeProcedure('2.000001', { name: { vi: 'Thủ tục mới' } })]);
    const stale = await app.inject({
      url: '/api/catalog',
      headers: { 'if-none-match': '"catalog-v2"' },
    });
    expect(stale.statusCode).toBe(200);
    expect(stale.headers.etag).toBe('"catalog-v3"');
    expect(catalogSchema.parse(stale.json()).procedures.map((p) => p.code)).toContain('2.000001');
  });

  it('answers concurrent requests after an import with the same new version', async () => {
    await storage.catalog.upsert([makeProcedure('2.000002')]);
    const responses = await Promise.all(
      ['gzip', 'br', 'identity', 'gzip', 'br'].map((encoding) =>
        app.inject({ url: '/api/catalog', headers: { 'accept-encoding': encoding } }),
      ),
    );
    expect(new Set(responses.map((r) => r.statusCode))).toEqual(new Set([200]));
    expect(new Set(responses.map((r) => r.headers.etag))).toEqual(new Set(['"catalog-v4"']));
  });

  it('serves one procedure by code', async () => {
    const response = await app.inject('/api/catalog/1.001193');
    expect(response.statusCode).toBe(200);
    expect(procedureSchema.parse(response.json()).onlineLevel).toBe('full');
  });

  it('answers 404 with a JSON error for an unknown code', async () => {
    const response = await app.inject('/api/catalog/9.999999');
    expect(response.statusCode).toBe(404);
    expect(apiErrorSchema.parse(response.json()).error.code).toBe('not_found');
  });

  it('answers 400 for something that is not a procedure code', async () => {
    const response = await app.inject('/api/catalog/not-a-code');
    expect(response.statusCode).toBe(400);
    expect(apiErrorSchema.parse(response.json()).error.code).toBe('bad_request');
  });

  it('answers an unknown /api/ path with a JSON 404, never the page', async () => {
    for (const url of ['/api/x', '/api/', '/api/catalog/1.001193/extra']) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toContain('application/json');
      expect(apiErrorSchema.parse(response.json()).error.code).toBe('not_found');
    }
    const post = await app.inject({ method: 'POST', url: '/api/nothing', payload: {} });
    expect(post.statusCode).toBe(404);
  });

  it('answers a malformed JSON body with a 400 JSON error, not a 500', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/nothing',
      headers: { 'content-type': 'application/json' },
      payload: '{"broken',
    });
    expect(response.statusCode).toBeLessThan(500);
    expect(apiErrorSchema.safeParse(response.json()).success).toBe(true);
  });

  it('falls back to index.html for a deep link, without long caching', async () => {
    const response = await app.inject('/procedures/1.001193');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('<title>DVC</title>');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('caches hashed assets for a year and revalidates the service worker', async () => {
    const asset = await app.inject('/assets/index-abc123.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const worker = await app.inject('/sw.js');
    expect(worker.statusCode).toBe(200);
    expect(worker.headers['cache-control']).toBe('no-cache');
    const root = await app.inject('/');
    expect(root.body).toContain('<title>DVC</title>');
    expect(root.headers['cache-control']).toBe('no-cache');
  });
});

describe('catalogue API without a catalogue or a built app', () => {
  it('answers 404 JSON for the catalogue and for pages', async () => {
    const { storage, close } = await openTempSqliteStorage();
    const app = await createTestApp(storage);
    try {
      expect((await app.inject('/api/health')).json()).toMatchObject({ catalogVersion: null });
      const catalog = await app.inject('/api/catalog');
      expect(catalog.statusCode).toBe(404);
      expect(apiErrorSchema.parse(catalog.json()).error.code).toBe('not_found');
      const page = await app.inject('/procedures/1.001193');
      expect(page.statusCode).toBe(404);
    } finally {
      await app.close();
      await close();
    }
  });
});
