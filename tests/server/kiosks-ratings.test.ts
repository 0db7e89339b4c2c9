import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIOSK_UNSPECIFIED_PROCEDURE } from '../../src/domain/kiosk.ts';
import { ratingBatchResponseSchema } from '../../src/domain/rating.ts';
import { pairKiosk, provisionKiosk } from '../../src/server/kiosks/provision.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { makeProcedure } from './support/procedures.ts';
import { sqliteFileIn } from '../../src/server/storage/sqlite/storage.ts';
import { createTestApp, openTempSqliteStorage } from './support/storage.ts';

const office = {
  name: 'Bộ phận Một cửa',
  province: '79',
  agency: 'UBND phường Bến Thành',
} as const;

function kioskRating(overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    procedureCode: KIOSK_UNSPECIFIED_PROCEDURE,
    overall: 'very_satisfied',
    province: '79',
    channel: 'kiosk',
    createdAt: new Date().toISOString(),
    locale: 'vi',
    ...overrides,
  };
}

describe('kiosk ratings through POST /api/ratings', () => {
  let storage: Storage;
  let app: FastifyInstance;
  let close: () => Promise<void>;
  let token: string;
  let kioskId: string;
  let dataDir: string;

  beforeAll(async () => {
    let config;
    ({ storage, close, config } = await openTempSqliteStorage());
    dataDir = config.dataDir;
    await storage.catalog.upsert([makeProcedure('1.001193')]);
    app = await createTestApp(storage);
    const { pairingCode, kiosk } = await provisionKiosk(storage.kiosks, office);
    const paired = await pairKiosk(storage.kiosks, pairingCode);
    if (paired.status !== 'paired') throw new Error('did not pair');
    token = paired.token;
    kioskId = kiosk.id;
  });
  afterAll(async () => {
    await app.close();
    await close();
  });

  const post = (ratings: unknown[], headers: Record<string, string> = {}) =>
    app
      .inject({ method: 'POST', url: '/api/ratings', headers, payload: { ratings } })
      .then((response) => {
        expect(response.statusCode).toBe(200);
        return ratingBatchResponseSchema.parse(response.json()).results;
      });

  it('accepts kiosk ratings with a valid token, also without a named procedure', async () => {
    const before = await storage.ratings.count();
    const results = await post(
      [kioskRating(), kioskRating({ procedureCode: '1.001193', overall: 'dissatisfied' })],
      { authorization: `Bearer ${token}` },
    );
    expect(results.map((r) => r.status)).toEqual(['accepted', 'accepted']);
    expect(await storage.ratings.count()).toBe(before + 2);
  });

  it('stores the kiosk id with the rating and counts it in the kiosk office province', async () => {
    const rating = kioskRating({ province: '01' });
    const [result] = await post([rating], { authorization: `Bearer ${token}` });
    expect(result?.status).toBe('accepted');
    const db = new Database(sqliteFileIn(dataDir), { readonly: true });
    try {
      expect(
        db.prepare('SELECT kiosk_id, province, channel FROM ratings WHERE id = ?').get(rating.id),
      ).toEqual({ kiosk_id: kioskId, province: '79', channel: 'kiosk' });
    } finally {
      db.close();
    }
  });

  it('answers a resent kiosk batch as duplicates, never counting twice', async () => {
    const rating = kioskRating();
    const headers = { authorization: `Bearer ${token}` };
    expect((await post([rating], headers))[0]?.status).toBe('accepted');
    const before = await storage.ratings.count();
    expect((await post([rating], headers))[0]?.status).toBe('duplicate');
    expect(await storage.ratings.count()).toBe(before);
  });

  it('rejects kiosk ratings without a token or with an unknown one, and keeps the rest', async () => {
    const online = kioskRating({ channel: 'online', procedureCode: '1.001193' });
    const results = await post([kioskRating(), online]);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: 'kiosk_unauthorized' });
    expect(results[1]).toMatchObject({ status: 'accepted' });
    const forged = await post([kioskRating()], { authorization: 'Bearer not-a-real-kiosk-token' });
    expect(forged[0]).toMatchObject({ status: 'rejected', reason: 'kiosk_unauthorized' });
  });

  it('does not let a non-kiosk rating use the "not specified" procedure', async () => {
    const results = await post([kioskRating({ channel: 'online' })], {
      authorization: `Bearer ${token}`,
    });
    expect(results[0]).toMatchObject({ status: 'rejected', reason: 'unknown_procedure' });
  });

  it('rejects ratings queued before revocation with kiosk_revoked', async () => {
    const queued = kioskRating();
    await storage.kiosks.revoke(kioskId, new Date().toISOString());
    const results = await post([queued], { authorization: `Bearer ${token}` });
    expect(results[0]).toMatchObject({ status: 'rejected', reason: 'kiosk_revoked' });
  });
});
