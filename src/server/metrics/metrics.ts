import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { RatingResult } from '../../domain/rating.ts';
import type { Storage } from '../storage/types.ts';

/**
 * What an operator watches without reading logs (issue 21, item 5), in the Prometheus text
 * format through prom-client. Counters are per process: with several instances, sum them in
 * the query (`sum(rate(dvc_ratings_total[5m])) by (result)`). Catalogue and database figures are
 * read from the storage at scrape time, so every instance reports the shared database's.
 */
export interface Metrics {
  registry: Registry;
  ratings: Counter<'result' | 'reason'>;
  ratingBatches: Counter<'status_code'>;
  requestDuration: Histogram<'method' | 'route' | 'status_code'>;
  syncLag: Gauge;
  limitTrips: Counter<'limit'>;
}

export function createMetrics(storage: Storage): Metrics {
  const registry = new Registry();
  // Process CPU, memory, event-loop lag, open handles: prom-client's standard set.
  collectDefaultMetrics({ register: registry, prefix: 'dvc_' });
  const registers = [registry];
  const metrics: Metrics = {
    registry,
    ratings: new Counter({
      name: 'dvc_ratings_total',
      help: 'Ratings answered, by result (accepted, duplicate, conflict, rejected) and reason of a rejection',
      labelNames: ['result', 'reason'],
      registers,
    }),
    ratingBatches: new Counter({
      name: 'dvc_rating_batches_total',
      help: 'POST /api/ratings requests by HTTP status: 200 answered per item; 4xx a broken envelope or a limit; 5xx a server fault',
      labelNames: ['status_code'],
      registers,
    }),
    requestDuration: new Histogram({
      name: 'dvc_http_request_duration_seconds',
      help: 'Time to answer a request, by method, route pattern and status',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    syncLag: new Gauge({
      name: 'dvc_sync_lag_seconds',
      help: 'Server time minus the oldest createdAt among the ratings accepted in the last batch that accepted any: how long ratings waited on devices',
      registers,
    }),
    limitTrips: new Counter({
      name: 'dvc_limit_trips_total',
      help: 'Requests refused by a limit (ratings_per_minute, stats_per_minute, pairing_attempts)',
      labelNames: ['limit'],
      registers,
    }),
  };
  new Gauge({
    name: 'dvc_catalog_version',
    help: 'Version of the catalogue served (bumped by every import that changed something)',
    registers,
    async collect() {
      this.set((await storage.catalog.meta())?.version ?? 0);
    },
  });
  new Gauge({
    name: 'dvc_catalog_procedures',
    help: 'Procedures in the catalogue served',
    registers,
    async collect() {
      this.set((await storage.catalog.meta())?.count ?? 0);
    },
  });
  new Gauge({
    name: 'dvc_database_size_bytes',
    help: 'Size of the database on disk (SQLite: file and WAL; PostgreSQL: pg_database_size)',
    registers,
    async collect() {
      this.set(await storage.sizeBytes());
    },
  });
  return metrics;
}

/** Counts one answered batch; the sync lag is taken from its accepted ratings. */
export function observeRatingBatch(
  metrics: Metrics,
  results: readonly RatingResult[],
  createdAtOf: (index: number) => string | undefined,
  now: Date,
): void {
  let oldest = Infinity;
  results.forEach((result, index) => {
    metrics.ratings.inc({ result: result.status, reason: result.reason ?? '' });
    if (result.status !== 'accepted') return;
    const createdAt = Date.parse(createdAtOf(index) ?? '');
    if (Number.isFinite(createdAt)) oldest = Math.min(oldest, createdAt);
  });
  // A device clock ahead of the server's gives a negative wait: none.
  if (oldest !== Infinity) metrics.syncLag.set(Math.max(0, (now.getTime() - oldest) / 1000));
}
