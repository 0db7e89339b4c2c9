import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import pg from 'pg';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/domain/api-error.ts';
import { KIOSK_UNSPECIFIED_PROCEDURE } from '../../src/domain/kiosk.ts';
import { PROVINCE_CODES } from '../../src/domain/provinces.ts';
import {
  LOCALES,
  RATING_CRITERIA,
  ratingBatchResponseSchema,
  SATISFACTION_LEVELS,
} from '../../src/domain/rating.ts';
import { createApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { pairKiosk, provisionKiosk } from '../../src/server/kiosks/provision.ts';
import { RATINGS_BODY_LIMIT } from '../../src/server/routes/ratings.ts';
import { openPostgresStorage } from '../../src/server/storage/postgres/storage.ts';
import { sqliteFileIn } from '../../src/server/storage/sqlite/storage.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { makeProcedure } from './support/procedures.ts';
import { createTestDatabase } from './support/databases.ts';
import { openTempSqliteStorage } from './support/storage.ts';
import { LIFTED_RATING_QUOTA } from '../support/rating-quota.ts';

/**
 * Issue 6: POST /api/ratings under random and mutated batches. Every item is generated with what
 * it must get: `accept` (a valid rating of a known procedure), `reject` (broken on purpose: wrong
 * type, missing field, unknown key, over-long text, SQL or HTML where the format forbids it…) or
 * `any` (e.g. invalid UTF-8 bytes, which the JSON parser turns into U+FFFD). Every answer must be
 * documented, and at the end the ratings table must hold exactly the accepted ids — no row from an
 * invalid item, none lost. 10,000 requests by default, 50,000 when CI=true, on SQLite; a fifth of
 * that on PostgreSQL (issue 10: the fuzz runs on both engines).
 */
const TOTAL = process.env.CI === 'true' ? 50_000 : 10_000;
const PER_RUN = 25;
const DAY = 24 * 60 * 60 * 1000;
const KNOWN = ['1.001193', '2.000001'] as const;

type Expect = 'accept' | 'reject' | 'any';
/** One item as raw JSON bytes (so hostile keys and invalid UTF-8 survive), with what it must get. */
interface Item {
  json: Buffer;
  expect: Expect;
  /** The id the answer must carry (accept items only). */
  id?: string;
  /** The comment the row must hold, trimmed (accept items only). */
  comment?: string;
}

const hostileText = fc.constantFrom(
  "1' OR '1'='1",
  "'; DROP TABLE ratings; --",
  'Robert"); DELETE FROM ratings WHERE ("1"="1',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '${process.exit(1)}',
  '__proto__',
  '../../etc/passwd',
  'Cán bộ tận tình, thủ tục nhanh gọn. 👍🏽',
  '\u202Eevil\u202C',
);

/** Texts a person could type into the comment box: valid, kept verbatim (trimmed). */
const validComment = fc
  .oneof(
    hostileText,
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.constant('ạ'.repeat(1000)),
  )
  .filter((s) => !s.includes('\u0000') && s.trim().length <= 1000);

const offsetIso = (ms: number, offsetHours: number) => {
  const shifted = new Date(ms + offsetHours * 3_600_000).toISOString().slice(0, 19);
  const sign = offsetHours < 0 ? '-' : '+';
  const hh = String(Math.abs(offsetHours)).padStart(2, '0');
  return `${shifted}${sign}${hh}:00`;
};

/** A valid rating minus its id and dossier code, which are made unique when sent. */
const validShape = fc.record(
  {
    procedureCode: fc.constantFrom(...KNOWN),
    overall: fc.constantFrom(...SATISFACTION_LEVELS),
    criteria: fc.dictionary(
      fc.constantFrom(...RATING_CRITERIA),
      fc.constantFrom(...SATISFACTION_LEVELS),
    ),
    comment: validComment,
    hasDossier: fc.boolean(),
    province: fc.constantFrom(...PROVINCE_CODES),
    channel: fc.constantFrom('online', 'in_person'),
    // From 300 days back to 20 hours ahead (a device clock a little fast), any UTC offset.
    age: fc.integer({ min: -20 * 3_600_000, max: 300 * DAY }),
    offset: fc.integer({ min: -11, max: 14 }),
    locale: fc.constantFrom(...LOCALES),
  },
  { requiredKeys: ['procedureCode', 'overall', 'channel', 'age', 'offset', 'locale'] },
);
type Shape = typeof validShape extends fc.Arbitrary<infer T> ? T : never;

function materialize(shape: Shape): Record<string, unknown> & { id: string } {
  const id = randomUUID();
  const rating: Record<string, unknown> & { id: string } = {
    id,
    procedureCode: shape.procedureCode,
    overall: shape.overall,
    channel: shape.channel,
    createdAt: offsetIso(Date.now() - shape.age, shape.offset),
    locale: shape.locale,
  };
  if (shape.criteria) rating.criteria = shape.criteria;
  if (shape.comment !== undefined) rating.comment = shape.comment;
  // Unique per rating: "one rating per dossier" must not turn a valid item into a rejected one.
  if (shape.hasDossier) rating.dossierCode = `H29.${id.replaceAll('-', '').slice(0, 20)}`;
  if (shape.province) rating.province = shape.province;
  return rating;
}

const wrongType = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

/** A value no field of a rating accepts (every field is a string or a flat object of strings). */
const deepValue = fc
  .integer({ min: 10, max: 2_000 })
  .chain((depth) =>
    fc.constantFrom('[', '{"a":').map((open) => ({ depth, open, close: open === '[' ? ']' : '}' })),
  );

type R = Record<string, unknown>;
type Mutation = (rating: R) => string;
const json = (v: unknown) => JSON.stringify(v);
const utf8 = (text: string) => Buffer.from(text, 'utf8');
/** A sent item for a failure message: its start and its end, where mutations land. */
const clip = (text: string) =>
  text.length <= 400 ? text : `${text.slice(0, 200)} … ${text.slice(-200)}`;

/** Mutations that make a valid rating certainly invalid. */
const breaking: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .constantFrom('id', 'procedureCode', 'overall', 'channel', 'createdAt', 'locale')
    .map((field) => (r: R) => json({ ...r, [field]: undefined })),
  fc
    .tuple(
      fc.constantFrom(
        'id',
        'procedureCode',
        'overall',
        'channel',
        'createdAt',
        'locale',
        'comment',
        'dossierCode',
        'province',
      ),
      wrongType,
    )
    .map(
      ([field, value]) =>
        (r: R) =>
          json({ ...r, [field]: value }),
    ),
  fc.tuple(fc.constantFrom('criteria'), fc.oneof(fc.constant(null), fc.integer(), fc.string())).map(
    ([field, value]) =>
      (r: R) =>
        json({ ...r, [field]: value }),
  ),
  // Over-long comment (trimmed length over 1,000), from just over to far over.
  fc
    .integer({ min: 1_001, max: 120_000 })
    .map((n) => (r: R) => json({ ...r, comment: 'x'.repeat(n) })),
  fc.constant<Mutation>((r: R) => json({ ...r, comment: `a\u0000b` })),
  // SQL, HTML, spaces, length: none is a dossier code.
  fc
    .oneof(
      hostileText,
      fc.constantFrom('', 'abc', 'H29 22-0001', 'x'.repeat(61), "H29'--x", 'H29<b>22</b>'),
    )
    .map((code) => (r: R) => json({ ...r, dossierCode: code })),
  fc
    .oneof(hostileText, fc.constantFrom('', 'not-a-uuid', 'z'.repeat(100_000)))
    .map((id) => (r: R) => json({ ...r, id })),
  fc
    .oneof(hostileText, fc.constantFrom('1.001193 ', '01.00119', '1.001193;', ''))
    .map((code) => (r: R) => json({ ...r, procedureCode: code })),
  fc
    .constantFrom('meh', 'VERY_SATISFIED', 'satisfied ', '')
    .map((overall) => (r: R) => json({ ...r, overall })),
  fc
    .constantFrom(
      '2026-02-30T10:00:00Z',
      '2026-11-01T10:00:00',
      '2026-11-01',
      'yesterday',
      "2026-11-01T10:00:00Z' OR 1=1",
    )
    .map((createdAt) => (r: R) => json({ ...r, createdAt })),
  fc
    .oneof(
      fc.constant({ toString: 'satisfied' }),
      fc.constant({ staff_attitude: 'meh' }),
      fc.constant({ hasOwnProperty: 'satisfied' }),
      fc.constant({ staff_attitude: { nested: 'satisfied' } }),
    )
    .map((criteria) => (r: R) => json({ ...r, criteria })),
  fc
    .tuple(
      // "__proto__" is left to the envelope cases: the parser refuses the whole body for it.
      fc.oneof(hostileText, fc.constantFrom('isAdmin', 'kioskId', 'receivedAt')),
      wrongType,
    )
    .filter(([key]) => key !== '__proto__')
    .map(
      ([key, value]) =>
        (r: R) =>
          json({ ...r, [key]: value }),
    ),
  // "constructor" as a plain key is not poisoning (the parser keeps it): the schema refuses it.
  fc.constant<Mutation>((r: R) => json({ ...r, constructor: 'x' })),
  deepValue.map(
    ({ depth, open, close }) =>
      (r: R) =>
        `${json(r).slice(0, -1)},"comment":${open.repeat(depth)}1${close.repeat(depth)}}`,
  ),
  // Dates outside the window: a day and an hour ahead, more than a year back.
  fc
    .constantFrom(25 * 3_600_000, -367 * DAY, -3_650 * DAY)
    .map(
      (delta) => (r: R) => json({ ...r, createdAt: new Date(Date.now() + delta).toISOString() }),
    ),
  fc.constant<Mutation>((r: R) => json({ ...r, procedureCode: '9.999999' })),
);

/** Items that are not objects at all. */
const notAnItem = fc.oneof(
  wrongType.map(json),
  deepValue.map(({ depth, open, close }) => `${open.repeat(depth)}1${close.repeat(depth)}`),
  hostileText.map(json),
);

/** Raw bytes that are not valid UTF-8, inside the comment: the parser makes them U+FFFD. */
const INVALID_UTF8 = [
  [0xc3, 0x28],
  [0xff, 0xfe],
  [0xe2, 0x82],
  [0xed, 0xa0, 0x80],
  [0xc0, 0xaf],
];

const item: fc.Arbitrary<(token: boolean) => Item> = fc.oneof(
  { weight: 5, arbitrary: validShape.map((shape) => () => accepted(materialize(shape))) },
  // A kiosk rating with a valid kiosk token: accepted, with or without a named procedure.
  {
    weight: 1,
    arbitrary: fc.tuple(validShape, fc.boolean()).map(([shape, unnamed]) => (token: boolean) => {
      const rating: R & { id: string } = { ...materialize(shape), channel: 'kiosk' };
      if (unnamed) rating.procedureCode = KIOSK_UNSPECIFIED_PROCEDURE;
      // Without the kiosk token on the request, a kiosk rating is refused (kiosk_unauthorized).
      return token ? accepted(rating) : { json: utf8(json(rating)), expect: 'reject' as const };
    }),
  },
  {
    weight: 5,
    arbitrary: fc.tuple(validShape, breaking).map(
      ([shape, mutate]) =>
        () =>
          ({ json: utf8(mutate(materialize(shape))), expect: 'reject' }) as const,
    ),
  },
  {
    weight: 1,
    arbitrary: notAnItem.map((text) => () => ({ json: utf8(text), expect: 'reject' }) as const),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(validShape, fc.constantFrom(...INVALID_UTF8))
      .map(([shape, bytes]) => () => {
        const [before = '', after = ''] = json({ ...materialize(shape), comment: '\u0001' }).split(
          '\\u0001',
        );
        const text = Buffer.concat([
          utf8(`${before}trước`),
          Buffer.from(bytes),
          utf8(`sau${after}`),
        ]);
        return { json: text, expect: 'any' as const };
      }),
  },
);

function accepted(rating: Record<string, unknown> & { id: string }): Item {
  const comment = typeof rating.comment === 'string' ? rating.comment : undefined;
  return {
    json: utf8(json(rating)),
    expect: 'accept',
    id: rating.id,
    ...(comment ? { comment } : {}),
  };
}

type Envelope =
  | { kind: 'items'; items: Item[]; body: Buffer; token: boolean; contentType: string }
  | { kind: 'broken'; body: Buffer; contentType: string | undefined; statuses: number[] };

/** Whole requests: a batch of items, or an envelope broken in one of the documented ways. */
const envelope: fc.Arbitrary<() => Envelope> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(
        fc.array(item, { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.constantFrom('application/json', 'application/json; charset=utf-8'),
      )
      .map(([makers, token, contentType]) => () => {
        const items = makers.map((make) => make(token));
        const parts = items.flatMap((i, n) => (n === 0 ? [i.json] : [utf8(','), i.json]));
        const body = Buffer.concat([utf8('{"ratings":['), ...parts, utf8(']}')]);
        return { kind: 'items' as const, items, body, token, contentType };
      }),
  },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        // 400: not the envelope.
        fc
          .oneof(
            fc
              .jsonValue()
              .map(json)
              .filter((text) => !text.startsWith('{"ratings":[')),
            fc.constantFrom(
              '{"ratings":[]}',
              '{"ratings":{}}',
              '{"ratings":null}',
              '{"rating":[{}]}',
              '{}',
              '',
              '{"ratings":[{}],"extra":1}',
              `{"ratings":[${'{},'.repeat(500)}{}]}`,
            ),
          )
          .map((text) => ({ body: utf8(text), ct: 'application/json', statuses: [400] })),
        // 400: prototype poisoning anywhere in the body.
        fc
          .constantFrom(
            '{"__proto__":{"isAdmin":true},"ratings":[{}]}',
            '{"ratings":[{"__proto__":{"polluted":true}}]}',
            '{"ratings":[{"constructor":{"prototype":{"polluted":true}}}]}',
          )
          .map((text) => ({ body: utf8(text), ct: 'application/json', statuses: [400] })),
        // 400: truncated or not JSON.
        fc
          .tuple(validShape, fc.nat())
          .map(([shape, at]) => {
            const text = json({ ratings: [materialize(shape)] });
            return text.slice(0, 1 + (at % (text.length - 1)));
          })
          .map((text) => ({ body: utf8(text), ct: 'application/json', statuses: [400] })),
        fc.uint8Array({ minLength: 1, maxLength: 500 }).map((bytes) => ({
          body: Buffer.from(bytes),
          ct: 'application/json',
          statuses: [400],
        })),
        // 413: over the body limit.
        fc.integer({ min: 1, max: 3 }).map((n) => ({
          body: utf8(json({ ratings: [{ comment: 'x'.repeat(RATINGS_BODY_LIMIT * n) }] })),
          ct: 'application/json',
          statuses: [413],
        })),
        // 415: anything but JSON, or no type.
        fc
          .tuple(
            validShape,
            fc.constantFrom(
              'text/plain',
              'application/x-www-form-urlencoded',
              'multipart/form-data; boundary=x',
              'application/xml',
              'application/jsonx',
            ),
          )
          .map(([shape, ct]) => ({
            body: utf8(json({ ratings: [materialize(shape)] })),
            ct,
            statuses: [415],
          })),
      )
      .map(
        ({ body, ct, statuses }) =>
          () =>
            ({
              kind: 'broken',
              body,
              contentType: ct,
              statuses,
            }) as const,
      ),
  },
);

interface FuzzEngine {
  storage: Storage;
  /** Every stored rating's id and comment, read straight from the database. */
  storedRows(): Promise<{ id: string; comment: string | null }[]>;
  close(): Promise<void>;
}

async function sqliteEngine(): Promise<FuzzEngine> {
  const { storage, close, config } = await openTempSqliteStorage();
  return {
    storage,
    async storedRows() {
      const db = new Database(sqliteFileIn(config.dataDir), { readonly: true });
      try {
        return db.prepare('SELECT id, comment FROM ratings').all() as {
          id: string;
          comment: string | null;
        }[];
      } finally {
        db.close();
      }
    },
    close,
  };
}

const database = await createTestDatabase();

async function postgresEngine(): Promise<FuzzEngine> {
  if (!database) throw new Error('PostgreSQL is not available');
  const url = database.url;
  const storage = await openPostgresStorage(url);
  return {
    storage,
    async storedRows() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ id: string; comment: string | null }>(
          'SELECT id::text AS id, comment FROM ratings',
        );
        return rows;
      } finally {
        await client.end();
      }
    },
    async close() {
      await storage.close();
      await database.drop();
    },
  };
}

function fuzzSuite(name: string, openEngine: () => Promise<FuzzEngine>, total: number) {
  describe(`POST /api/ratings fuzzing: ${name}`, () => {
    let app: FastifyInstance;
    let storage: Storage;
    let engine: FuzzEngine;
    let kioskToken: string;

    beforeAll(async () => {
      engine = await openEngine();
      storage = engine.storage;
      await storage.catalog.upsert(KNOWN.map((code) => makeProcedure(code)));
      const { pairingCode } = await provisionKiosk(storage.kiosks, {
        name: 'Bộ phận Một cửa',
        province: '79',
        agency: 'UBND phường Bến Thành',
      });
      const paired = await pairKiosk(storage.kiosks, pairingCode);
      if (paired.status !== 'paired') throw new Error('the fuzz kiosk did not pair');
      kioskToken = paired.token;
      app = await createApp({
        config: loadConfig({}),
        storage,
        logger: false,
        staticRoot: '/nonexistent-dvc-dist',
        // The limit is not what is fuzzed here (see ratings-abuse.test.ts): every request counts.
        ratingsPerMinute: 10_000_000,
        ratingQuota: LIFTED_RATING_QUOTA,
      });
      await app.ready();
    });
    afterAll(async () => {
      await app.close();
      await engine.close();
    });

    it(`answers ${total.toLocaleString('en')} random and mutated batches as documented, storing exactly the accepted items${
      process.env.CI === 'true' ? ' (CI=true: the long run)' : ''
    }`, async () => {
      const acceptedIds = new Set<string>();
      const expectedComments = new Map<string, string | null>();
      const statuses = new Map<number, number>();
      const items = { accept: 0, reject: 0, any: 0 };
      let sent = 0;

      const send = (e: Envelope) => {
        const headers: Record<string, string> = {};
        if (e.contentType) headers['content-type'] = e.contentType;
        if (e.kind === 'items' && e.token) headers.authorization = `Bearer ${kioskToken}`;
        const options: InjectOptions = {
          method: 'POST',
          url: '/api/ratings',
          headers,
          payload: e.body,
        };
        return app.inject(options);
      };

      await fc.assert(
        fc.asyncProperty(
          fc.array(envelope, { minLength: PER_RUN, maxLength: PER_RUN }),
          async (makers) => {
            const envelopes = makers.map((make) => make());
            const responses = await Promise.all(envelopes.map(send));
            for (const [i, response] of responses.entries()) {
              const e = envelopes[i] as Envelope;
              sent += 1;
              statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
              const what = `${e.kind} ${e.body.subarray(0, 160).toString()}`;
              if (e.kind === 'broken') {
                expect(e.statuses, `${what} → ${response.statusCode}`).toContain(
                  response.statusCode,
                );
                expect(apiErrorSchema.safeParse(response.json()).success, what).toBe(true);
                continue;
              }
              const expected = e.body.length > RATINGS_BODY_LIMIT ? 413 : 200;
              expect(response.statusCode, `${what} → ${response.body.slice(0, 200)}`).toBe(
                expected,
              );
              if (expected === 413) {
                expect(apiErrorSchema.parse(response.json()).error.code).toBe('payload_too_large');
                continue;
              }
              expect(response.headers['cache-control']).toBe('no-store');
              const { results } = ratingBatchResponseSchema.parse(response.json());
              expect(results).toHaveLength(e.items.length);
              for (const [j, it] of e.items.entries()) {
                const result = results[j];
                items[it.expect] += 1;
                if (it.expect === 'accept') {
                  expect(result, clip(it.json.toString())).toEqual({
                    id: it.id,
                    status: 'accepted',
                  });
                  acceptedIds.add(it.id ?? '');
                  expectedComments.set(it.id ?? '', it.comment?.trim() || null);
                } else if (it.expect === 'reject') {
                  const sentItem = clip(it.json.toString());
                  expect(result?.status, `${sentItem} → ${JSON.stringify(result)}`).toBe(
                    'rejected',
                  );
                  expect(result?.reason).toBeDefined();
                  // An answer never quotes what was sent back beyond a clipped id.
                  expect(JSON.stringify(result).length).toBeLessThan(600);
                } else if (result?.status === 'accepted') {
                  acceptedIds.add(result.id);
                } else {
                  expect(result?.status).toBe('rejected');
                }
              }
            }
            // Nobody managed to write onto every object's prototype.
            expect(({} as Record<string, unknown>).polluted).toBeUndefined();
            expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
          },
        ),
        // No shrinking: a failing run of 25 requests is readable as it is, and shrinking is slow.
        { numRuns: total / PER_RUN, endOnFailure: true },
      );

      expect(sent).toBeGreaterThanOrEqual(total);
      // Every kind of answer was actually exercised.
      for (const status of [200, 400, 413, 415]) expect(statuses.get(status)).toBeGreaterThan(0);
      expect(items.accept).toBeGreaterThan(0);
      expect(items.reject).toBeGreaterThan(0);

      // The table holds exactly the accepted ids: no row from an invalid item, none lost.
      expect(await storage.ratings.count()).toBe(acceptedIds.size);
      const rows = await engine.storedRows();
      expect(new Set(rows.map((r) => r.id))).toEqual(acceptedIds);
      // Comments are kept as the text that was sent (trimmed): SQL and HTML are data, not code.
      for (const row of rows) {
        if (expectedComments.has(row.id)) expect(row.comment).toBe(expectedComments.get(row.id));
      }
      console.info(
        `[ratings fuzz, ${name}] ${sent} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}, items ${JSON.stringify(items)}, ${acceptedIds.size} rows`,
      );
      expect((await app.inject('/api/health')).statusCode).toBe(200);
    }, 600_000);
  });
}

fuzzSuite('SQLite', sqliteEngine, TOTAL);
// PostgreSQL gets a fifth of the requests: the same generators, a bounded share of CI's time.
describe.runIf(database !== undefined)('PostgreSQL', () => {
  fuzzSuite('PostgreSQL', postgresEngine, TOTAL / 5);
});
