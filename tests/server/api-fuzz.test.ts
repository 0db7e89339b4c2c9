import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/domain/api-error.ts';
import { loadConfig } from '../../src/server/config.ts';
import { openTempSqliteStorage } from './support/storage.ts';
import { createTestApp } from './support/storage.ts';

/**
 * Issue 6: random and mutated requests against every route that takes input. POST /api/ratings
 * has its own fuzz test with per-item expectations and a row count (ratings-fuzz.test.ts).
 * 10,000 requests by default, 50,000 when CI=true.
 */
const TOTAL = process.env.CI === 'true' ? 50_000 : 10_000;
// 414: Fastify refuses a path parameter longer than maxParamLength before any route runs.
const DOCUMENTED = new Set([200, 201, 304, 400, 401, 403, 404, 409, 410, 413, 414, 415, 429]);
const ADMIN_TOKEN = 'fuzz-admin-token-0123456789';

const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "1' OR '1'='1",
    "'; DROP TABLE ratings; --",
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '__proto__',
    'constructor',
    'prototype',
    '../../etc/passwd',
    '%00',
    '\u0000',
    '\uD800',
  ),
  fc.string({ minLength: 2_000, maxLength: 5_000 }).map((s) => s.repeat(4)),
);

const pollutingKey = fc.constantFrom('__proto__', 'constructor', 'prototype');

/** A JSON body: random values, prototype-pollution keys, deep nesting, as text. */
const jsonBody = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc
    .tuple(pollutingKey, fc.jsonValue())
    .map(([key, v]) => `{"${key}":{"polluted":true,"isAdmin":true},"x":${JSON.stringify(v)}}`),
  fc.integer({ min: 1, max: 10_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  fc.integer({ min: 1, max: 5_000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
  hostile.map((s) => JSON.stringify({ code: s, name: s, pairingCode: s, label: s })),
);

/** Bytes that are not valid UTF-8 or not JSON at all. */
const rawBody = fc.oneof(
  fc.uint8Array({ maxLength: 2_000 }).map((b) => Buffer.from(b)),
  fc.constant(Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x7d])),
  jsonBody.chain((text) =>
    fc.nat().map((at) => Buffer.from(text).subarray(0, at % (text.length + 1))),
  ),
);

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  undefined,
);

type Request = {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
};

const request: fc.Arbitrary<Request> = fc.oneof(
  hostile.map((code) => ({
    method: 'GET' as const,
    // Lone surrogates cannot be percent-encoded; a client would send U+FFFD instead.
    url: `/api/catalog/${encodeURIComponent(Buffer.from(code).toString('utf8'))}`,
    headers: {},
  })),
  fc
    .dictionary(
      fc.constantFrom('by', 'from', 'to', 'province', 'procedure', 'channel', '__proto__', 'x'),
      hostile,
    )
    .chain((query) =>
      fc.constantFrom('/api/stats', '/api/stats.csv', '/api/catalog-stats').map((path) => ({
        method: 'GET' as const,
        url: `${path}?${new URLSearchParams(query).toString()}`,
        headers: {},
      })),
    ),
  fc
    .tuple(
      fc.constantFrom('/api/kiosks/pair', '/api/kiosks', '/api/catalog', '/api/nope'),
      fc.oneof(jsonBody, rawBody),
      contentType,
      fc.boolean(),
    )
    .map(([url, payload, type, isAdmin]) => ({
      method: 'POST' as const,
      url,
      payload,
      headers: {
        ...(type ? { 'content-type': type } : {}),
        ...(isAdmin ? { authorization: `Bearer ${ADMIN_TOKEN}` } : {}),
      },
    })),
);

describe('API fuzzing', () => {
  let app: FastifyInstance;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const opened = await openTempSqliteStorage();
    close = opened.close;
    app = await createTestApp(opened.storage, {
      config: { ...loadConfig({ ADMIN_TOKEN }), dataDir: opened.config.dataDir },
      // Thousands of stats queries a minute: the fuzz is about their input, not the limit.
      statsPerMinute: 10_000_000,
    });
  });
  afterAll(async () => {
    await app.close();
    await close();
  });

  it(`answers ${TOTAL.toLocaleString('en')} random requests with documented statuses, never a 5xx${
    TOTAL > 10_000 ? ' (CI=true: the long run)' : ''
  }`, async () => {
    const statuses = new Map<number, number>();
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(request, { minLength: 50, maxLength: 50 }), async (batch) => {
        const responses = await Promise.all(batch.map((r) => app.inject(r)));
        for (const [i, response] of responses.entries()) {
          sent += 1;
          statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
          const where = `${batch[i]?.method} ${batch[i]?.url?.slice(0, 80)}`;
          expect(DOCUMENTED.has(response.statusCode), `${where} → ${response.statusCode}`).toBe(
            true,
          );
          if (
            response.statusCode >= 400 &&
            String(response.headers['content-type'] ?? '').includes('json')
          ) {
            expect(
              apiErrorSchema.safeParse(response.json()).success,
              `${where} → ${response.statusCode} ${response.body.slice(0, 200)}`,
            ).toBe(true);
          }
        }
        // Nobody managed to write onto every object's prototype.
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
      }),
      // No shrinking: one failing batch of 50 big payloads takes minutes to shrink.
      { numRuns: TOTAL / 50, endOnFailure: true },
    );
    expect(sent).toBeGreaterThanOrEqual(TOTAL);
    expect(Object.prototype).not.toHaveProperty('polluted');
    // The server still answers normally after all of it.
    expect((await app.inject('/api/health')).statusCode).toBe(200);
  }, 600_000);
});
