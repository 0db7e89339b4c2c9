import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIOSK_UNSPECIFIED_PROCEDURE } from '../../src/domain/kiosk.ts';
import {
  ratingBatchResponseSchema,
  type Rating,
  type RatingResult,
} from '../../src/domain/rating.ts';
import { statsResponseSchema } from '../../src/domain/stats.ts';
import { createApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { pairKiosk, provisionKiosk } from '../../src/server/kiosks/provision.ts';
import {
  DEFAULT_RATING_QUOTA,
  type RatingQuotaLimits,
} from '../../src/server/ratings/quota-limits.ts';
import { openPostgresStorage } from '../../src/server/storage/postgres/storage.ts';
import { openSqliteStorage, sqliteFileIn } from '../../src/server/storage/sqlite/storage.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { createTestDatabase } from './support/databases.ts';
import { makeProcedure } from './support/procedures.ts';
import { makeRating } from './support/rating-fixtures.ts';
import { makeTempDir } from './support/storage.ts';

/**
 * Issue 10, item 2: daily limits counted in ratings, per address and per kiosk, kept in the
 * database with the inserts. Through HTTP on both engines, with the shipped defaults unless a
 * test is about another value.
 */
const PROCEDURE = '1.001193';
const OTHERS = ['2.000001', '2.000002', '2.000003', '2.000004', '2.000005', '2.000006'];

interface Engine {
  /** A fresh storage over the same database (a restart, or a second instance). */
  open(): Promise<Storage>;
  /** Raw SQL on the database, for what HTTP cannot show (the stored counters). */
  query(sql: string): Promise<Record<string, unknown>[]>;
  dispose(): Promise<void>;
}

function quotaSuite(name: string, makeEngine: () => Promise<Engine>) {
  describe(`rating quota: ${name}`, () => {
    let engine: Engine;
    let storage: Storage;
    let kioskToken = '';
    const apps: FastifyInstance[] = [];

    beforeAll(async () => {
      engine = await makeEngine();
      storage = await engine.open();
      await storage.catalog.upsert([PROCEDURE, ...OTHERS].map((code) => makeProcedure(code)));
      const { pairingCode } = await provisionKiosk(storage.kiosks, {
        name: 'Quầy 1',
        province: '79',
        agency: 'UBND phường Bến Thành',
      });
      const paired = await pairKiosk(storage.kiosks, pairingCode);
      if (paired.status !== 'paired') throw new Error('did not pair');
      kioskToken = paired.token;
    });
    afterAll(async () => {
      for (const app of apps) await app.close();
      await storage.close();
      await engine.dispose();
    });

    async function appOver(
      over: Storage,
      quota: RatingQuotaLimits = DEFAULT_RATING_QUOTA,
      logger: pino.Logger | false = false,
    ): Promise<FastifyInstance> {
      const app = await createApp({
        config: loadConfig({}),
        storage: over,
        logger,
        staticRoot: '/nonexistent-dvc-dist',
        ratingsPerMinute: 1_000_000,
        ratingQuota: quota,
      });
      await app.ready();
      apps.push(app);
      return app;
    }

    async function post(
      app: FastifyInstance,
      from: string,
      ratings: Rating[],
      token?: string,
    ): Promise<RatingResult[]> {
      const response = await app.inject({
        method: 'POST',
        url: '/api/ratings',
        remoteAddress: from,
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        payload: JSON.stringify({ ratings }),
      });
      expect(response.statusCode, response.body).toBe(200);
      return ratingBatchResponseSchema.parse(response.json()).results;
    }

    const tally = (results: readonly RatingResult[]) => {
      const counts: Record<string, number> = {};
      for (const r of results) {
        const key = r.reason
          ? `${r.status}:${r.reason}${r.details ? `:${r.details}` : ''}`
          : r.status;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      return counts;
    };

    const many = (count: number, overrides: Partial<Rating> = {}) =>
      Array.from({ length: count }, () =>
        makeRating({ procedureCode: PROCEDURE, comment: undefined, ...overrides }),
      );

    async function procedureFigures(app: FastifyInstance, procedure: string) {
      const response = await app.inject({ url: `/api/stats?by=procedure&procedure=${procedure}` });
      expect(response.statusCode).toBe(200);
      return statsResponseSchema.parse(response.json()).overall;
    }

    it('takes only the limit from a stuffing address; the public rate moves by the limit only', async () => {
      const app = await appOver(storage);
      // Three households rated the service well.
      for (const from of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
        expect(tally(await post(app, from, many(10, { overall: 'very_satisfied' })))).toEqual({
          accepted: 10,
        });
      }
      expect((await procedureFigures(app, PROCEDURE)).satisfactionRate).toBe(1);

      // The attack of the issue: batch after batch of "dissatisfied" from one address.
      const results: RatingResult[] = [];
      for (let batch = 0; batch < 6; batch += 1) {
        results.push(...(await post(app, '203.0.113.66', many(100, { overall: 'dissatisfied' }))));
      }
      const limit = DEFAULT_RATING_QUOTA.perAddressPerProcedure;
      expect(tally(results)).toEqual({
        accepted: limit,
        'rejected:rate_limited_ratings:address_procedure_day': 600 - limit,
      });
      // The first `limit` in request order were the ones taken.
      expect(results.slice(0, limit).every((r) => r.status === 'accepted')).toBe(true);

      const figures = await procedureFigures(app, PROCEDURE);
      expect(figures.total).toBe(30 + limit);
      expect(figures.counts.dissatisfied).toBe(limit);
      expect(figures.satisfactionRate).toBeCloseTo(30 / (30 + limit), 6);

      // Another address is not held back by it.
      expect(tally(await post(app, '203.0.113.67', many(limit)))).toEqual({ accepted: limit });
    });

    it('gives a paired kiosk its own, larger allowance, even behind a stuffed address', async () => {
      const app = await appOver(storage);
      const from = '203.0.113.70';
      expect(tally(await post(app, from, many(25)))).toEqual({
        accepted: 20,
        'rejected:rate_limited_ratings:address_procedure_day': 5,
      });
      const kiosk = many(150, { channel: 'kiosk', procedureCode: KIOSK_UNSPECIFIED_PROCEDURE });
      // A kiosk rating may name dossiers too, without the address's cap on them.
      kiosk.slice(0, 10).forEach((r, i) => (r.dossierCode = `K79.01-250601-${String(5000 + i)}`));
      expect(tally(await post(app, from, kiosk, kioskToken))).toEqual({ accepted: 150 });

      // The kiosk limit is real too.
      const tight = await appOver(storage, { ...DEFAULT_RATING_QUOTA, perKioskPerProcedure: 160 });
      const more = many(20, { channel: 'kiosk', procedureCode: KIOSK_UNSPECIFIED_PROCEDURE });
      expect(tally(await post(tight, from, more, kioskToken))).toEqual({
        accepted: 10,
        'rejected:rate_limited_ratings:kiosk_procedure_day': 10,
      });
    });

    it('spends nothing on duplicates, and answers a resend over the limit as duplicate', async () => {
      const app = await appOver(storage);
      const from = '203.0.113.80';
      const first = many(10);
      expect(tally(await post(app, from, first))).toEqual({ accepted: 10 });
      // A retried batch (the answer was lost) must not reject itself.
      expect(tally(await post(app, from, first))).toEqual({ duplicate: 10 });
      expect(tally(await post(app, from, first))).toEqual({ duplicate: 10 });
      expect(tally(await post(app, from, many(15)))).toEqual({
        accepted: 10,
        'rejected:rate_limited_ratings:address_procedure_day': 5,
      });
      // At the limit, a resend is still what it is: stored, so the device may let it go.
      expect(tally(await post(app, from, first.slice(0, 3)))).toEqual({ duplicate: 3 });
      // A dossier already rated is refused for that reason, using nothing either.
      const rated = makeRating({ procedureCode: OTHERS[0], dossierCode: 'H79.01-250601-0001' });
      expect(tally(await post(app, '203.0.113.81', [rated]))).toEqual({ accepted: 1 });
      const again = { ...rated, id: crypto.randomUUID() };
      expect(tally(await post(app, from, [again]))).toEqual({
        'rejected:dossier_already_rated': 1,
      });
    });

    it('bounds an address across procedures, and caps its dossier-coded ratings at 5 a day', async () => {
      const app = await appOver(storage);
      // Six procedures, each within its own 20: the total of 100 stops the sixth.
      const spray = OTHERS.flatMap((procedureCode) => many(20, { procedureCode }));
      const sprayed = await post(app, '203.0.113.90', spray);
      expect(tally(sprayed)).toEqual({
        accepted: DEFAULT_RATING_QUOTA.perAddress,
        'rejected:rate_limited_ratings:address_day': 20,
      });
      expect(sprayed.slice(100).every((r) => r.reason === 'rate_limited_ratings')).toBe(true);

      // Pre-rating sequential dossier codes to block the real citizens: 5 a day per address.
      const codes = Array.from({ length: 12 }, (_, i) => `H29.22-250601-${String(100 + i)}`);
      const preRated = await post(
        app,
        '203.0.113.91',
        codes.map((dossierCode) => makeRating({ procedureCode: OTHERS[1], dossierCode })),
      );
      expect(tally(preRated)).toEqual({
        accepted: 5,
        'rejected:rate_limited_ratings:address_dossier_day': 7,
      });
      // Ratings without a dossier code still go through from that address.
      expect(tally(await post(app, '203.0.113.91', many(3)))).toEqual({ accepted: 3 });
    });

    it('keeps the count across a restart', async () => {
      const from = '203.0.113.100';
      const before = await appOver(storage);
      expect(tally(await post(before, from, many(15)))).toEqual({ accepted: 15 });

      const reopened = await engine.open();
      try {
        const after = await appOver(reopened);
        expect(tally(await post(after, from, many(10)))).toEqual({
          accepted: 5,
          'rejected:rate_limited_ratings:address_procedure_day': 5,
        });
      } finally {
        await reopened.close();
      }
    });

    it('lets two instances at once take no more than the limit between them', async () => {
      const second = await engine.open();
      try {
        const [a, b] = [await appOver(storage), await appOver(second)];
        const from = '203.0.113.110';
        const answers = await Promise.all(
          Array.from({ length: 6 }, (_, i) => post(i % 2 === 0 ? a : b, from, many(20))),
        );
        expect(tally(answers.flat())).toEqual({
          accepted: 20,
          'rejected:rate_limited_ratings:address_procedure_day': 100,
        });
      } finally {
        await second.close();
      }
    });

    it('stores a keyed hash, never the address, and prunes days before yesterday', async () => {
      await engine.query(
        "INSERT INTO rating_quota (day, subject, procedure_code, n) VALUES ('2000-01-01', 'ip:old', '*', 1)",
      );
      // A new store prunes on its first batch of the day.
      const reopened = await engine.open();
      try {
        const app = await appOver(reopened);
        expect(tally(await post(app, '203.0.113.120', many(1)))).toEqual({ accepted: 1 });
      } finally {
        await reopened.close();
      }
      const rows = await engine.query('SELECT day, subject FROM rating_quota');
      expect(rows.some((row) => row.day === '2000-01-01')).toBe(false);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(String(row.subject)).toMatch(/^(ip:[0-9a-f]{32}|kiosk:.+)$/);
        expect(String(row.subject)).not.toContain('203.0.113');
      }
    });

    it('logs one warn line per batch over a limit, with no address, dossier or comment', async () => {
      const lines: string[] = [];
      const sink = new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      });
      const app = await appOver(storage, DEFAULT_RATING_QUOTA, pino({ level: 'info' }, sink));
      const from = '203.0.113.130';
      const secret = 'Bí mật 0987654321';
      const ratings = many(25, { comment: secret });
      ratings.slice(0, 7).forEach((r, i) => (r.dossierCode = `H79.01-250601-${String(7000 + i)}`));
      await post(app, from, ratings);
      await post(app, from, many(2));
      const warns = lines
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .filter((l) => l.level === 40);
      expect(warns).toHaveLength(2);
      expect(warns[0]).toMatchObject({
        msg: 'ratings over a daily limit',
        limits: { address_dossier_day: 2, address_procedure_day: 3 },
        rejected: 5,
      });
      expect(warns[1]).toMatchObject({ limits: { address_procedure_day: 2 }, rejected: 2 });
      const text = warns.map((w) => JSON.stringify(w)).join('\n');
      for (const personal of [from, secret, '0987654321', '250601-7000', 'H79.01']) {
        expect(text).not.toContain(personal);
      }
    });
  });
}

quotaSuite('SQLite', async () => {
  const temp = makeTempDir('dvc-quota-');
  const file = sqliteFileIn(temp.dir);
  return {
    open: async () => openSqliteStorage(file),
    async query(sql) {
      const db = new Database(file);
      try {
        const statement = db.prepare(sql);
        if (statement.reader) return statement.all() as Record<string, unknown>[];
        statement.run();
        return [];
      } finally {
        db.close();
      }
    },
    dispose: async () => temp.cleanup(),
  };
});

const database = await createTestDatabase();

describe.runIf(database !== undefined)('PostgreSQL', () => {
  quotaSuite('PostgreSQL', async () => {
    const url = database?.url ?? '';
    return {
      open: () => openPostgresStorage(url),
      async query(sql) {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          return (await client.query(sql)).rows as Record<string, unknown>[];
        } finally {
          await client.end();
        }
      },
      dispose: async () => database?.drop(),
    };
  });
});
