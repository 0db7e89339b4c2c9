import { request as httpRequest } from 'node:http';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/domain/api-error.ts';
import { KIOSK_UNSPECIFIED_PROCEDURE } from '../../src/domain/kiosk.ts';
import { ratingBatchResponseSchema, type Rating } from '../../src/domain/rating.ts';
import { createApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { pairKiosk, provisionKiosk } from '../../src/server/kiosks/provision.ts';
import { sqliteFileIn } from '../../src/server/storage/sqlite/storage.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { makeProcedure } from './support/procedures.ts';
import { makeRating } from './support/rating-fixtures.ts';
import { openTempSqliteStorage } from './support/storage.ts';

/** Issue 6, abuse: rate limits per client and per kiosk, text-only comments, size limits. */
const OFFICE_NAT = '203.0.113.7';
const ELSEWHERE = '198.51.100.20';

describe('POST /api/ratings under abuse', () => {
  let storage: Storage;
  let dataDir: string;
  let close: () => Promise<void>;
  const tokens: string[] = [];

  beforeAll(async () => {
    let config;
    ({ storage, close, config } = await openTempSqliteStorage());
    dataDir = config.dataDir;
    await storage.catalog.upsert([makeProcedure('1.001193')]);
    for (const name of ['Quầy 1', 'Quầy 2']) {
      const { pairingCode } = await provisionKiosk(storage.kiosks, {
        name,
        province: '79',
        agency: 'UBND phường Bến Thành',
      });
      const paired = await pairKiosk(storage.kiosks, pairingCode);
      if (paired.status !== 'paired') throw new Error('did not pair');
      tokens.push(paired.token);
    }
  });
  afterAll(async () => {
    await close();
  });

  async function appWithLimit(perMinute: number): Promise<FastifyInstance> {
    const app = await createApp({
      config: loadConfig({}),
      storage,
      logger: false,
      staticRoot: '/nonexistent-dvc-dist',
      ratingsPerMinute: perMinute,
    });
    await app.ready();
    return app;
  }

  const kioskRating = () =>
    makeRating({ channel: 'kiosk', procedureCode: KIOSK_UNSPECIFIED_PROCEDURE });

  function send(app: FastifyInstance, from: string, ratings: unknown[], token?: string) {
    return app.inject({
      method: 'POST',
      url: '/api/ratings',
      remoteAddress: from,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      payload: JSON.stringify({ ratings }),
    });
  }

  function expectLimited(response: Awaited<ReturnType<typeof send>>) {
    expect(response.statusCode).toBe(429);
    expect(apiErrorSchema.parse(response.json()).error.code).toBe('rate_limited');
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  }

  it('limits each kiosk on its own, so kiosks and phones behind one office address do not starve each other', async () => {
    const app = await appWithLimit(3);
    try {
      const [first = '', second = ''] = tokens;
      for (let i = 0; i < 3; i += 1) {
        expect((await send(app, OFFICE_NAT, [kioskRating()], first)).statusCode).toBe(200);
      }
      expectLimited(await send(app, OFFICE_NAT, [kioskRating()], first));

      // The other kiosk and a citizen's phone on the same office Wi-Fi still get through.
      for (let i = 0; i < 3; i += 1) {
        const response = await send(app, OFFICE_NAT, [kioskRating()], second);
        expect(response.statusCode).toBe(200);
        const { results } = ratingBatchResponseSchema.parse(response.json());
        expect(results[0]?.status).toBe('accepted');
      }
      for (let i = 0; i < 3; i += 1) {
        expect((await send(app, OFFICE_NAT, [makeRating()])).statusCode).toBe(200);
      }
      // The address has used its own allowance now: a made-up token does not buy a new one.
      expectLimited(await send(app, OFFICE_NAT, [makeRating()]));
      expectLimited(await send(app, OFFICE_NAT, [makeRating()], 'made-up-token-123456789'));
      // The first kiosk is held back wherever it sends from (the key is the kiosk, not the IP).
      expectLimited(await send(app, ELSEWHERE, [kioskRating()], first));
      expect((await send(app, ELSEWHERE, [makeRating()])).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('answers a flood from one client with 429 and Retry-After while another client gets 200', async () => {
    // Over real sockets from two loopback addresses: Fastify's inject() runs a burst in one tick,
    // where @fastify/rate-limit 11.2 reads its shared counter only after every increment and
    // refuses the whole burst; real connections arrive as separate events and count right.
    const app = await appWithLimit(20);
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const post = (localAddress: string) =>
        new Promise<{ status: number; retryAfter: string | undefined; body: string }>(
          (done, fail) => {
            const body = JSON.stringify({ ratings: [makeRating()] });
            const req = httpRequest({
              host: '127.0.0.1',
              port,
              localAddress,
              agent: false,
              method: 'POST',
              path: '/api/ratings',
              headers: { 'content-type': 'application/json' },
            });
            req.on('response', (response) => {
              let text = '';
              response.on('data', (chunk: Buffer) => (text += chunk.toString()));
              response.on('end', () =>
                done({
                  status: response.statusCode ?? 0,
                  retryAfter: response.headers['retry-after'] as string | undefined,
                  body: text,
                }),
              );
            });
            req.on('error', fail);
            req.end(body);
          },
        );
      const flood = Array.from({ length: 200 }, () => post('127.0.0.1'));
      const others = Array.from({ length: 10 }, () => post('127.0.0.2'));
      const [flooded, answered] = await Promise.all([Promise.all(flood), Promise.all(others)]);
      const limited = flooded.filter((r) => r.status === 429);
      expect(flooded.filter((r) => r.status === 200)).toHaveLength(20);
      expect(limited).toHaveLength(180);
      for (const response of limited) {
        expect(apiErrorSchema.parse(JSON.parse(response.body)).error.code).toBe('rate_limited');
        expect(Number(response.retryAfter)).toBeGreaterThan(0);
      }
      expect(answered.map((r) => r.status)).toEqual(Array(10).fill(200));
    } finally {
      await app.close();
    }
  });

  it('stores HTML and SQL in a comment as plain text and never echoes it in the answer', async () => {
    const app = await appWithLimit(1_000);
    try {
      const comments = [
        '<script>alert("xss")</script>',
        '<img src=x onerror=alert(1)> & &amp; &lt;b&gt;',
        "'); DROP TABLE ratings; --",
        'Thủ tục <b>nhanh</b>, cán bộ "tận tình"',
      ];
      const ratings: Rating[] = comments.map((comment) => makeRating({ comment }));
      const response = await send(app, ELSEWHERE, ratings);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      for (const comment of comments) expect(response.body).not.toContain(comment);
      const db = new Database(sqliteFileIn(dataDir), { readonly: true });
      try {
        const select = db.prepare('SELECT comment FROM ratings WHERE id = ?').pluck();
        for (const rating of ratings) expect(select.get(rating.id)).toBe(rating.comment);
        // The table is still there and whole.
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        db.close();
      }
    } finally {
      await app.close();
    }
  });

  it('keeps sizes in bounds: 1,000 comment characters pass, 1,001 are refused per item, a body over 1 MiB is 413, 501 items are 400', async () => {
    const app = await appWithLimit(1_000);
    try {
      const fits = makeRating({ comment: 'ạ'.repeat(1_000) });
      const tooLong = makeRating({ comment: 'ạ'.repeat(1_001) });
      const before = await storage.ratings.count();
      const response = await send(app, ELSEWHERE, [fits, tooLong]);
      expect(response.statusCode).toBe(200);
      expect(ratingBatchResponseSchema.parse(response.json()).results).toEqual([
        { id: fits.id, status: 'accepted' },
        { id: tooLong.id, status: 'rejected', reason: 'invalid', details: 'comment: too_big' },
      ]);
      expect(await storage.ratings.count()).toBe(before + 1);

      const huge = await send(app, ELSEWHERE, [makeRating({ comment: 'x'.repeat(1024 * 1024) })]);
      expect(huge.statusCode).toBe(413);
      expect(apiErrorSchema.parse(huge.json()).error.code).toBe('payload_too_large');

      const many = await send(
        app,
        ELSEWHERE,
        Array.from({ length: 501 }, () => makeRating()),
      );
      expect(many.statusCode).toBe(400);
      expect(apiErrorSchema.parse(many.json()).error.code).toBe('bad_request');
      expect(await storage.ratings.count()).toBe(before + 1);
    } finally {
      await app.close();
    }
  });
});
