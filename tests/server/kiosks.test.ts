import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/domain/api-error.ts';
import { kioskCreateResponseSchema, kioskPairResponseSchema } from '../../src/domain/kiosk.ts';
import { loadConfig } from '../../src/server/config.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { PairThrottle } from '../../src/server/kiosks/pair-throttle.ts';
import { makeProcedure } from './support/procedures.ts';
import { createTestApp, openTempSqliteStorage } from './support/storage.ts';

const ADMIN_TOKEN = 'operator-token-0123456789';
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
const office = {
  name: 'Bộ phận Một cửa UBND phường Bến Thành',
  province: '79',
  agency: 'UBND phường Bến Thành',
  procedures: ['1.001193', '1.001022'],
};

describe('kiosk provisioning and pairing API', () => {
  let storage: Storage;
  let app: FastifyInstance;
  let closedApp: FastifyInstance;
  let close: () => Promise<void>;

  beforeAll(async () => {
    let config;
    ({ storage, close, config } = await openTempSqliteStorage());
    await storage.catalog.upsert(office.procedures.map((code) => makeProcedure(code)));
    app = await createTestApp(storage, {
      config: { ...config, adminToken: ADMIN_TOKEN },
      // Short delays, same rule: 10 wrong codes, then one attempt at a time, checked late.
      pairThrottle: new PairThrottle({ baseDelayMs: 50, maxDelayMs: 400 }),
    });
    closedApp = await createTestApp(storage, { config: loadConfig({ DATA_DIR: config.dataDir }) });
  });
  afterAll(async () => {
    await app.close();
    await closedApp.close();
    await close();
  });

  const create = (body: unknown = office) =>
    app.inject({ method: 'POST', url: '/api/kiosks', headers: admin, payload: body as object });
  const pair = (code: string) =>
    app.inject({ method: 'POST', url: '/api/kiosks/pair', payload: { code } });

  it('creates a kiosk and answers a one-time pairing code and link, never a token', async () => {
    const response = await create({ ...office, allowComments: true });
    expect(response.statusCode).toBe(201);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = kioskCreateResponseSchema.parse(response.json());
    expect(body.kiosk).toMatchObject({ ...office, allowComments: true, revokedAt: null });
    expect(body.pairingCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(body.pairingUrl).toBe(`/kiosk/pair?code=${body.pairingCode.replace('-', '')}`);
    expect(JSON.stringify(body)).not.toMatch(/token/i);
  });

  it('pairs once: the tablet gets a token and its office; the same code again is 410', async () => {
    const { pairingCode, kiosk } = kioskCreateResponseSchema.parse((await create()).json());
    // Typed by hand: lower case, no dash.
    const first = await pair(pairingCode.replace('-', '').toLowerCase());
    expect(first.statusCode).toBe(200);
    const paired = kioskPairResponseSchema.parse(first.json());
    expect(paired.kiosk).toEqual({
      id: kiosk.id,
      name: office.name,
      province: '79',
      agency: office.agency,
      procedures: office.procedures,
      allowComments: false,
    });
    expect(paired.token.length).toBeGreaterThanOrEqual(43);

    const second = await pair(pairingCode);
    expect(second.statusCode).toBe(410);
    expect(apiErrorSchema.parse(second.json()).error.code).toBe('pairing_code_used');
  });

  it('answers an unknown code with 404 and a malformed body with 400', async () => {
    const unknown = await pair('AAAA-AAAA');
    expect(unknown.statusCode).toBe(404);
    expect(apiErrorSchema.parse(unknown.json()).error.code).toBe('pairing_code_unknown');
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/kiosks/pair',
      payload: { pairing: 'x' },
    });
    expect(malformed.statusCode).toBe(400);
  });

  it('refuses to pair a kiosk revoked before its code was used', async () => {
    const { pairingCode, kiosk } = kioskCreateResponseSchema.parse((await create()).json());
    const revoked = await app.inject({
      method: 'DELETE',
      url: `/api/kiosks/${kiosk.id}`,
      headers: admin,
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().kiosk.revokedAt).toEqual(expect.any(String));
    const response = await pair(pairingCode);
    expect(response.statusCode).toBe(410);
    expect(apiErrorSchema.parse(response.json()).error.code).toBe('kiosk_revoked');
  });

  it('lists kiosks for the operator with their pairing and revocation state', async () => {
    const { kiosk } = kioskCreateResponseSchema.parse((await create()).json());
    const response = await app.inject({ url: '/api/kiosks', headers: admin });
    expect(response.statusCode).toBe(200);
    const listed = response.json().kiosks as Array<{ id: string; pairedAt: string | null }>;
    expect(listed.find((k) => k.id === kiosk.id)).toMatchObject({ pairedAt: null });
    expect(JSON.stringify(listed)).not.toMatch(/hash/i);
  });

  it('answers 404 when revoking an unknown kiosk', async () => {
    const response = await app.inject({
      method: 'DELETE',
      url: '/api/kiosks/no-such-kiosk',
      headers: admin,
    });
    expect(response.statusCode).toBe(404);
  });

  it('rejects a bad kiosk with 400 naming the fields', async () => {
    const response = await create({ name: '', province: '63', agency: 'x', procedures: ['abc'] });
    expect(response.statusCode).toBe(400);
    const paths = (apiErrorSchema.parse(response.json()).error.details as { path: string }[]).map(
      (d) => d.path,
    );
    expect(paths).toEqual(expect.arrayContaining(['name', 'province', 'procedures.0']));
  });

  it('answers 401 without the operator token or with a wrong one', async () => {
    for (const headers of [
      {},
      { authorization: 'Bearer wrong-token-0123456789' },
      { authorization: ADMIN_TOKEN },
    ]) {
      const responses = await Promise.all([
        app.inject({ method: 'POST', url: '/api/kiosks', headers, payload: office }),
        app.inject({ url: '/api/kiosks', headers }),
        app.inject({ method: 'DELETE', url: '/api/kiosks/x', headers }),
      ]);
      for (const response of responses) {
        expect(response.statusCode).toBe(401);
        expect(apiErrorSchema.parse(response.json()).error.code).toBe('unauthorized');
      }
    }
  });

  it('keeps operator routes closed (403 admin_disabled) when ADMIN_TOKEN is not set', async () => {
    const response = await closedApp.inject({
      method: 'POST',
      url: '/api/kiosks',
      headers: admin,
      payload: office,
    });
    expect(response.statusCode).toBe(403);
    const { error } = apiErrorSchema.parse(response.json());
    expect(error.code).toBe('admin_disabled');
    expect(error.message).toContain('ADMIN_TOKEN');
  });

  it('refuses a kiosk for a procedure the catalogue does not have, naming it', async () => {
    const before = (await storage.kiosks.list()).length;
    const response = await create({ ...office, procedures: ['1.001193', '9.999999'] });
    expect(response.statusCode).toBe(400);
    const { error } = apiErrorSchema.parse(response.json());
    expect(error.message).toContain('9.999999');
    expect(error.details).toEqual([
      { path: 'procedures.1', message: 'unknown procedure 9.999999' },
    ]);
    expect(await storage.kiosks.list()).toHaveLength(before);
  });

  describe('after 10 wrong pairing codes from one address', () => {
    const from = (address: string, code: string) =>
      app.inject({
        method: 'POST',
        url: '/api/kiosks/pair',
        payload: { code },
        remoteAddress: address,
      });

    it('still pairs the right code (checked late), so a clerk who mistyped is not locked out', async () => {
      const { pairingCode } = kioskCreateResponseSchema.parse((await create()).json());
      const clerk = '203.0.113.9';
      for (let i = 0; i < 10; i += 1) expect((await from(clerk, 'ZZZZ-ZZZZ')).statusCode).toBe(404);
      // A wrong code after the ten is still answered truthfully, only later.
      expect((await from(clerk, 'ZZZZ-ZZZY')).statusCode).toBe(404);
      const right = await from(clerk, pairingCode);
      expect(right.statusCode).toBe(200);
      expect(kioskPairResponseSchema.parse(right.json()).token).toBeTruthy();
    });

    it('checks one attempt at a time: parallel guesses get 429 with Retry-After', async () => {
      const guesser = '203.0.113.10';
      for (let i = 0; i < 10; i += 1) await from(guesser, 'ZZZZ-ZZZZ');
      const answers = await Promise.all(
        Array.from({ length: 5 }, () => from(guesser, 'ZZZZ-ZZZZ')),
      );
      const statuses = answers.map((a) => a.statusCode).sort();
      expect(statuses).toEqual([404, 429, 429, 429, 429]);
      const refused = answers.find((a) => a.statusCode === 429);
      expect(Number(refused?.headers['retry-after'])).toBeGreaterThan(0);
      expect(apiErrorSchema.parse(refused?.json()).error.code).toBe('rate_limited');
      // Another address is not affected.
      const { pairingCode } = kioskCreateResponseSchema.parse((await create()).json());
      expect((await pair(pairingCode)).statusCode).toBe(200);
    });
  });
});
