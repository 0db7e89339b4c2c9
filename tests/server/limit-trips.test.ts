import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { limitTripReporter } from '../../src/server/metrics/limit-trips.ts';
import { createMetrics } from '../../src/server/metrics/metrics.ts';
import { openTempSqliteStorage } from './support/storage.ts';

/**
 * Issue 21: a flood of refused requests is counted in full (dvc_limit_trips_total) but told to
 * the operator at most once a minute per limit, with how many were refused since the last line.
 */
describe('limit trips', () => {
  it('warns at most once a minute per limit, counting every refusal', async () => {
    const { storage, close } = await openTempSqliteStorage();
    try {
      const metrics = createMetrics(storage);
      let now = 0;
      const warned: Record<string, unknown>[] = [];
      const request = {
        log: {
          warn: (fields: Record<string, unknown>, msg: string) => warned.push({ ...fields, msg }),
        },
      } as unknown as FastifyRequest; // only request.log.warn is read
      const trip = limitTripReporter(metrics, 'ratings_per_minute', { perMinute: 60 }, () => now);
      for (let i = 0; i < 500; i += 1) {
        trip(request);
        now += 100; // 500 refusals over 50 s: one line
      }
      now = 61_000;
      trip(request);
      const line = { limit: 'ratings_per_minute', perMinute: 60 };
      expect(warned).toEqual([
        { ...line, refusedSinceLastLine: 1, msg: 'limit tripped: requests refused' },
        { ...line, refusedSinceLastLine: 500, msg: 'limit tripped: requests refused' },
      ]);
      const text = await metrics.registry.metrics();
      expect(text).toContain('dvc_limit_trips_total{limit="ratings_per_minute"} 501');
    } finally {
      await close();
    }
  });
});
