import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/domain/api-error.ts';
import { loadConfig } from '../../src/server/config.ts';
import { createTestApp, openTempSqliteStorage } from './support/storage.ts';

/** Issue 6: operator routes answer 401 to every token but ADMIN_TOKEN, near misses included. */
const ADMIN_TOKEN = 'f3c9a1e7-admin-token-0123456789';

describe('operator token', () => {
  let app: FastifyInstance;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const opened = await openTempSqliteStorage();
    close = opened.close;
    app = await createTestApp(opened.storage, {
      config: { ...loadConfig({ ADMIN_TOKEN }), dataDir: opened.config.dataDir },
    });
  });
  afterAll(async () => {
    await app.close();
    await close();
  });

  const list = (authorization?: string) =>
    app.inject({ url: '/api/kiosks', headers: authorization ? { authorization } : {} });

  it('lets the operator in with the token', async () => {
    expect((await list(`Bearer ${ADMIN_TOKEN}`)).statusCode).toBe(200);
  });

  it.each([
    ['a prefix', ADMIN_TOKEN.slice(0, -1)],
    ['one character longer', `${ADMIN_TOKEN}0`],
    ['the last character changed', `${ADMIN_TOKEN.slice(0, -1)}e`],
    ['other case', ADMIN_TOKEN.toUpperCase()],
    ['a 10,000-character token', 'a'.repeat(10_000)],
  ])('answers 401 unauthorized to %s', async (_what, token) => {
    const response = await list(`Bearer ${token}`);
    expect(response.statusCode).toBe(401);
    const { error } = apiErrorSchema.parse(response.json());
    expect(error.code).toBe('unauthorized');
    // The answer never hints at the real token.
    expect(response.body).not.toContain(ADMIN_TOKEN.slice(0, 8));
  });
});
