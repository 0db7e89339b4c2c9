import { Writable } from 'node:stream';
import type { FastifyInstance, InjectOptions } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/domain/api-error.ts';
import { ratingBatchResponseSchema, type Rating } from '../../src/domain/rating.ts';
import { createApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { openPostgresStorage } from '../../src/server/storage/postgres/storage.ts';
import { openSqliteStorage, sqliteFileIn } from '../../src/server/storage/sqlite/storage.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { createTestDatabase } from './support/databases.ts';
import { makeProcedure } from './support/procedures.ts';
import { makeRating } from './support/rating-fixtures.ts';
import { makeTempDir } from './support/storage.ts';

const DAY = 24 * 60 * 60 * 1000;
const JSON_HEADERS = { 'content-type': 'application/json' };

async function ratingsApp(
  storage: Storage,
  ratingsPerMinute = 100_000,
  logger: Parameters<typeof createApp>[0]['logger'] = false,
) {
  const app = await createApp({
    config: loadConfig({}),
    storage,
    logger,
    staticRoot: '/nonexistent-dvc-dist',
    ratingsPerMinute,
  });
  await app.ready();
  return app;
}

/** The HTTP contract of POST /api/ratings (DESIGN.md §4), run on each storage engine. */
function ratingsHttpContract(
  name: string,
  setup: () => Promise<{ storage: Storage; dispose(): Promise<void> }>,
) {
  describe(`POST /api/ratings: ${name}`, () => {
    let storage: Storage;
    let dispose: () => Promise<void>;
    let app: FastifyInstance;

    beforeAll(async () => {
      ({ storage, dispose } = await setup());
      await storage.catalog.upsert([makeProcedure('1.001193'), makeProcedure('2.000001')]);
      app = await ratingsApp(storage);
    });
    afterAll(async () => {
      await app.close();
      await storage.close();
      await dispose();
    });

    const send = (payload: InjectOptions['payload'], headers: Record<string, string> = {}) =>
      app.inject({
        method: 'POST',
        url: '/api/ratings',
        headers: { ...JSON_HEADERS, ...headers },
        payload,
      });
    const post = async (ratings: unknown[]) => {
      const response = await send(JSON.stringify({ ratings }));
      expect(response.statusCode).toBe(200);
      return ratingBatchResponseSchema.parse(response.json()).results;
    };
    const expectError = (
      response: Awaited<ReturnType<typeof send>>,
      status: number,
      code: string,
    ) => {
      expect(response.statusCode).toBe(status);
      expect(apiErrorSchema.parse(response.json()).error.code).toBe(code);
    };

    it('rejects a comment with a lone surrogate and the nil and max UUIDs as invalid (issue 10)', async () => {
      const before = await storage.ratings.count();
      const bad = [
        makeRating({ comment: 'Tốt \uD83D' }),
        makeRating({ comment: '\uDE00' }),
        makeRating({ id: '00000000-0000-0000-0000-000000000000' }),
        makeRating({ id: 'ffffffff-ffff-ffff-ffff-ffffffffffff' }),
      ];
      const response = await send(JSON.stringify({ ratings: bad }));
      expect(response.statusCode).toBe(200);
      const { results } = ratingBatchResponseSchema.parse(response.json());
      expect(results.map((r) => [r.status, r.reason])).toEqual(
        bad.map(() => ['rejected', 'invalid']),
      );
      expect(await storage.ratings.count()).toBe(before);
    });

    it('answers 200 with one result per item, in request order, never cached', async () => {
      const ratings = [makeRating(), makeRating({ procedureCode: '2.000001' }), makeRating()];
      const response = await send(JSON.stringify({ ratings }));
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.json()).toEqual({
        results: ratings.map((r) => ({ id: r.id, status: 'accepted' })),
      });
    });

    it('rejects bad items one by one and stores the good ones of the same batch', async () => {
      const before = await storage.ratings.count();
      const now = Date.now();
      const good = makeRating();
      const secret = 'Số điện thoại của tôi là 0912345678';
      const items: unknown[] = [
        { ...makeRating(), overall: 'great', comment: secret },
        makeRating({ procedureCode: '9.999999' }),
        makeRating({ createdAt: new Date(now + 2 * DAY).toISOString() }),
        makeRating({ createdAt: new Date(now - 400 * DAY).toISOString() }),
        makeRating({ channel: 'kiosk' }),
        { procedureCode: '1.001193' },
        { id: 42 },
        'not a rating',
        good,
      ];
      const response = await send(JSON.stringify({ ratings: items }));
      expect(response.body).not.toContain('0912345678');
      const results = ratingBatchResponseSchema.parse(response.json()).results;
      expect(results.map((r) => [r.status, r.reason])).toEqual([
        ['rejected', 'invalid'],
        ['rejected', 'unknown_procedure'],
        ['rejected', 'created_in_future'],
        ['rejected', 'too_old'],
        ['rejected', 'kiosk_unauthorized'],
        ['rejected', 'invalid'],
        ['rejected', 'invalid'],
        ['rejected', 'invalid'],
        ['accepted', undefined],
      ]);
      expect(results.map((r) => r.id)).toEqual([
        (items[0] as Rating).id,
        (items[1] as Rating).id,
        (items[2] as Rating).id,
        (items[3] as Rating).id,
        (items[4] as Rating).id,
        '',
        '42',
        '',
        good.id,
      ]);
      expect(results[0]?.details).toContain('overall');
      expect(await storage.ratings.count()).toBe(before + 1);
    });

    it('accepts a device clock a little ahead and ratings made months ago', async () => {
      const now = Date.now();
      const results = await post([
        makeRating({ createdAt: new Date(now + DAY / 2).toISOString() }),
        makeRating({ createdAt: new Date(now - 300 * DAY).toISOString() }),
      ]);
      expect(results.map((r) => r.status)).toEqual(['accepted', 'accepted']);
    });

    it('answers a resent committed batch with duplicate for each, counting nothing twice', async () => {
      const batch = JSON.stringify({
        ratings: [makeRating({ dossierCode: 'H29.22-240115-0099' }), makeRating()],
      });
      const first = await send(batch);
      expect(first.json().results.map((r: { status: string }) => r.status)).toEqual([
        'accepted',
        'accepted',
      ]);
      const before = await storage.ratings.count();
      const again = await send(batch);
      expect(again.json().results.map((r: { status: string }) => r.status)).toEqual([
        'duplicate',
        'duplicate',
      ]);
      expect(await storage.ratings.count()).toBe(before);
    });

    it('answers a reused id with other content as conflict, a rated dossier as rejected', async () => {
      const rating = makeRating({ dossierCode: 'H46.10-250101-0077' });
      await post([rating]);
      const results = await post([
        { ...rating, overall: 'dissatisfied' },
        makeRating({ dossierCode: 'H46.10-250101-0077' }),
      ]);
      expect(results.map((r) => [r.status, r.reason])).toEqual([
        ['conflict', 'id_conflict'],
        ['rejected', 'dossier_already_rated'],
      ]);
    });

    it('answers 400 bad_request to broken JSON and broken envelopes', async () => {
      expectError(await send('{"ratings": [{"id":'), 400, 'bad_request');
      expectError(await send(''), 400, 'bad_request');
      for (const body of [
        {},
        { ratings: 'all of them' },
        { ratings: [] },
        { ratings: Array.from({ length: 501 }, () => makeRating()) },
        { ratings: [makeRating()], extra: true },
        [makeRating()],
        null,
        'ratings',
      ]) {
        expectError(await send(JSON.stringify(body)), 400, 'bad_request');
      }
    });

    it('answers 413 payload_too_large to a body over 1 MiB', async () => {
      const huge = makeRating({ comment: 'x'.repeat(1024 * 1024) });
      expectError(await send(JSON.stringify({ ratings: [huge] })), 413, 'payload_too_large');
    });

    it('answers 415 unsupported_media_type to anything but JSON', async () => {
      const body = JSON.stringify({ ratings: [makeRating()] });
      const before = await storage.ratings.count();
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'text/html']) {
        expectError(await send(body, { 'content-type': type }), 415, 'unsupported_media_type');
      }
      const untyped = await app.inject({ method: 'POST', url: '/api/ratings', body });
      expectError(untyped, 415, 'unsupported_media_type');
      expect(await storage.ratings.count()).toBe(before);
    });

    it('never answers 5xx to hostile bodies, and stores nothing from them', async () => {
      const before = await storage.ratings.count();
      const rating = JSON.stringify(makeRating()).slice(1, -1);
      const bodies = [
        `{"ratings":[{${rating},"__proto__":{"polluted":true}}]}`,
        `{"__proto__":{"polluted":true},"ratings":[{${rating}}]}`,
        `{"ratings":[{${rating},"constructor":{"prototype":{"polluted":true}}}]}`,
        `{"ratings":[{${rating},"constructor":"x"}]}`,
        `{"ratings":[${'['.repeat(100_000)}${']'.repeat(100_000)}]}`,
        `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
        `{"ratings":[${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}]}`,
        JSON.stringify({ ratings: [{ ...makeRating(), comment: 'y'.repeat(500_000) }] }),
        JSON.stringify({ ratings: [{ ...makeRating(), id: 'z'.repeat(500_000) }] }),
        JSON.stringify({ ratings: [{ ...makeRating(), criteria: { toString: 'x' } }] }),
        JSON.stringify({ ratings: [{ ...makeRating(), comment: 'nul \u0000 inside' }] }),
        JSON.stringify({ ratings: [{ ...makeRating(), createdAt: '2026-13-45T99:99:99Z' }] }),
        JSON.stringify({ ratings: [{ ...makeRating(), createdAt: 12 }] }),
        JSON.stringify({ ratings: [{ ...makeRating(), id: { $gt: '' } }] }),
      ];
      for (const body of bodies) {
        const response = await send(body);
        expect(response.statusCode, body.slice(0, 80)).toBeLessThan(500);
        if (response.statusCode === 200) {
          const results = ratingBatchResponseSchema.parse(response.json()).results;
          expect(results.every((r) => r.status === 'rejected')).toBe(true);
          expect(response.body.length).toBeLessThan(2_000);
        } else {
          expect([400, 413]).toContain(response.statusCode);
        }
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(await storage.ratings.count()).toBe(before);
    });
  });
}

describe('POST /api/ratings: rate limit and logs (SQLite)', () => {
  let storage: Storage;
  let temp: ReturnType<typeof makeTempDir>;

  beforeAll(async () => {
    temp = makeTempDir('dvc-ratings-limit-');
    storage = openSqliteStorage(sqliteFileIn(temp.dir));
    await storage.catalog.upsert([makeProcedure('1.001193')]);
  });
  afterAll(async () => {
    await storage.close();
    temp.cleanup();
  });

  const body = () => JSON.stringify({ ratings: [makeRating()] });

  it('answers 429 rate_limited with Retry-After past the limit, per client address', async () => {
    const app = await ratingsApp(storage, 3);
    try {
      const from = (remoteAddress: string) =>
        app.inject({
          method: 'POST',
          url: '/api/ratings',
          headers: JSON_HEADERS,
          payload: body(),
          remoteAddress,
        });
      for (let i = 0; i < 3; i += 1) expect((await from('203.0.113.7')).statusCode).toBe(200);
      const limited = await from('203.0.113.7');
      expect(limited.statusCode).toBe(429);
      expect(apiErrorSchema.parse(limited.json()).error.code).toBe('rate_limited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      // Another device is not held back by the first one.
      expect((await from('198.51.100.20')).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('logs counts per status, never comment text or dossier codes', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const app = await ratingsApp(storage, 100, pino({ level: 'trace' }, sink));
    try {
      const rating = makeRating({
        comment: 'Bí mật: số CCCD 079123456789',
        dossierCode: 'H79.01-250601-4242',
      });
      const invalid = { ...makeRating(), comment: 'Riêng tư 0987654321', overall: 'meh' };
      const response = await app.inject({
        method: 'POST',
        url: '/api/ratings',
        headers: JSON_HEADERS,
        payload: JSON.stringify({ ratings: [rating, invalid] }),
      });
      expect(response.statusCode).toBe(200);
      const log = lines.join('');
      expect(log).toContain('"accepted":1');
      expect(log).toContain('"rejected":1');
      for (const secret of ['079123456789', 'H79.01-250601-4242', '0987654321']) {
        expect(log).not.toContain(secret);
      }
    } finally {
      await app.close();
    }
  });
});

ratingsHttpContract('SQLite', async () => {
  const temp = makeTempDir('dvc-ratings-http-');
  return {
    storage: openSqliteStorage(sqliteFileIn(temp.dir)),
    dispose: async () => temp.cleanup(),
  };
});

const database = await createTestDatabase();

describe.runIf(database !== undefined)('PostgreSQL', () => {
  ratingsHttpContract('PostgreSQL', async () => ({
    storage: await openPostgresStorage(database?.url ?? ''),
    dispose: async () => database?.drop(),
  }));
});

if (database === undefined) {
  console.warn('[ratings HTTP] PostgreSQL absent: the HTTP contract ran against SQLite only');
}
