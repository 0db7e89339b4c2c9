import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/domain/api-error.ts';
import { createApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { spawnServer } from './support/server-process.ts';
import { makeTempDir, openTempSqliteStorage } from './support/storage.ts';

/**
 * Issue 10: the public stats routes have a rate limit per client address, like POST
 * /api/ratings: one allowance shared by /api/stats, /api/stats.csv and /api/catalog-stats,
 * separate from the ratings' own, answered 429 {error:{code:'rate_limited'}} with Retry-After.
 */

const ROUTES = ['/api/stats', '/api/stats.csv', '/api/catalog-stats'];

let opened: Awaited<ReturnType<typeof openTempSqliteStorage>>;
beforeAll(async () => {
  opened = await openTempSqliteStorage();
});
afterAll(async () => {
  await opened.close();
});

async function appWith(statsPerMinute?: number) {
  const app = await createApp({
    config: loadConfig({}),
    storage: opened.storage,
    logger: false,
    staticRoot: '/nonexistent-dvc-dist',
    ...(statsPerMinute === undefined ? {} : { statsPerMinute }),
  });
  await app.ready();
  return app;
}

describe('stats rate limit', () => {
  it('shares one allowance across the three routes, then answers 429 with Retry-After', async () => {
    const app = await appWith(3);
    try {
      const statuses = [];
      for (const url of ROUTES) statuses.push((await app.inject({ url })).statusCode);
      expect(statuses).toEqual([200, 200, 200]);
      for (const url of ROUTES) {
        const refused = await app.inject({ url });
        expect(refused.statusCode, url).toBe(429);
        expect(Number(refused.headers['retry-after']), url).toBeGreaterThan(0);
        expect(apiErrorSchema.parse(refused.json()).error.code).toBe('rate_limited');
      }
      // Another address has its own allowance; health and the catalogue are not limited here.
      const other = await app.inject({ url: '/api/stats', remoteAddress: '203.0.113.7' });
      expect(other.statusCode).toBe(200);
      expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
      const ratings = await app.inject({
        method: 'POST',
        url: '/api/ratings',
        headers: { 'content-type': 'application/json' },
        payload: '{"ratings":[]}',
      });
      expect(ratings.statusCode, 'the ratings keep their own allowance').toBe(400);
    } finally {
      await app.close();
    }
  });

  it('allows 120 a minute from one address by default', async () => {
    const app = await appWith();
    try {
      const statuses = new Map<number, number>();
      for (let i = 0; i < 121; i += 1) {
        const { statusCode } = await app.inject({ url: ROUTES[i % 3] ?? '/api/stats' });
        statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
      }
      expect(Object.fromEntries(statuses)).toEqual({ 200: 120, 429: 1 });
    } finally {
      await app.close();
    }
  });

  it('stops the server at start on a bad STATS_RATE_LIMIT_PER_MINUTE, naming it', async () => {
    const temp = makeTempDir('dvc-stats-limit-');
    try {
      const started = await spawnServer(temp.dir, { STATS_RATE_LIMIT_PER_MINUTE: 'lots' }).then(
        async (server) => {
          // It should not have started; stop it so that a failing test leaves nothing running.
          await server.signal('SIGKILL');
          return 'started';
        },
        (error: unknown) => String(error),
      );
      expect(started).toMatch(
        /STATS_RATE_LIMIT_PER_MINUTE must be a whole number of requests per minute, got "lots"/,
      );
    } finally {
      temp.cleanup();
    }
  });
});
