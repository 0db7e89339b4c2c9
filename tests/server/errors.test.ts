import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/domain/api-error.ts';
import { createApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { openTempSqliteStorage } from './support/storage.ts';

describe('server errors', () => {
  it('answers a failure inside a route with a generic 500, never the internals', async () => {
    const { storage, close } = await openTempSqliteStorage();
    const app = await createApp({ config: loadConfig({}), storage, logger: false });
    try {
      // The database going away mid-flight is the kind of failure a client must not see details of.
      await storage.close();
      const response = await app.inject('/api/catalog/1.001193');
      expect(response.statusCode).toBe(500);
      const body = apiErrorSchema.parse(response.json());
      expect(body.error.code).toBe('internal');
      expect(response.body).not.toMatch(/sqlite|database|at .*\.ts/i);
    } finally {
      await app.close();
      await close();
    }
  });
});
