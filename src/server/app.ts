import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCompress from '@fastify/compress';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { registerAppFiles } from './app-files.ts';
import type { ServerConfig } from './config.ts';
import { handleClientError } from './client-errors.ts';
import { installErrorHandler, sendError } from './errors.ts';
import type { PairThrottle } from './kiosks/pair-throttle.ts';
import { serverLoggerOptions } from './logging.ts';
import { createMetrics, observeRatingBatch, type Metrics } from './metrics/metrics.ts';
import { registerMetricsRoute } from './metrics/metrics-route.ts';
import { installRequestHooks } from './metrics/request-hooks.ts';
import { ratingsRateLimitFromEnv } from './ratings/rate-limit.ts';
import { statsRateLimitFromEnv } from './stats/rate-limit.ts';
import { catalogRoutes } from './routes/catalog.ts';
import { kioskRoutes } from './routes/kiosks.ts';
import { provinceListRoutes } from './routes/province-lists.ts';
import { ratingsRoutes } from './routes/ratings.ts';
import { statsRoutes } from './routes/stats.ts';
import type { RatingQuotaLimits } from './ratings/quota-limits.ts';
import { installSecurityHeaders, SECURITY_HEADERS } from './security-headers.ts';
import type { Storage } from './storage/types.ts';

/** dist/ at the repository root, where `vite build` writes the app. */
export const DEFAULT_STATIC_ROOT = fileURLToPath(new URL('../../dist/', import.meta.url));

export interface CreateAppOptions {
  config: ServerConfig;
  storage: Storage;
  /**
   * false = silent (tests); a pino logger instance to share one; undefined = Fastify's own
   * logger at config.logLevel (LOG_LEVEL, info by default).
   */
  logger?: FastifyBaseLogger | false;
  /** Folder of the built app; default dist/. Tests point it at a temp folder. */
  staticRoot?: string;
  /** POST /api/ratings per minute and client; default RATE_LIMIT_PER_MINUTE or 60. */
  ratingsPerMinute?: number;
  /** Time for a whole request (headers and body) to arrive; tests shorten it. */
  requestTimeoutMs?: number;
  /** Wrong pairing codes slow an address down; tests pass one with short delays. */
  pairThrottle?: PairThrottle;
  /** Ratings per day per address / kiosk; default from the environment (ratings/quota-limits.ts). */
  ratingQuota?: RatingQuotaLimits;
  /** Stats routes per minute and client; default STATS_RATE_LIMIT_PER_MINUTE or 120. */
  statsPerMinute?: number;
  /** The Prometheus registry (metrics/metrics.ts); the CLI shares one with METRICS_PORT. */
  metrics?: Metrics;
}

/**
 * A request, body included, must arrive within this time: a client that trickles a body a byte
 * a second would otherwise hold a connection (and its memory) for Node's default five minutes.
 * A batch of 500 ratings is under 1 MB: 30 s is enough on a 2G link.
 */
export const REQUEST_TIMEOUT_MS = 30_000;

export async function createApp(options: CreateAppOptions): Promise<FastifyInstance> {
  const { storage } = options;
  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const app = Fastify({
    ...(options.logger === undefined
      ? { logger: serverLoggerOptions(options.config) }
      : options.logger === false
        ? { logger: false }
        : { loggerInstance: options.logger }),
    // Only the listed proxies' hops are believed; the client address is the right-most other
    // hop of X-Forwarded-For (proxy-addr). Off: the socket's address.
    trustProxy: options.config.trustProxy,
    // Fastify's two lines per request ("incoming request", "request completed") are replaced by
    // one compact access line (metrics/request-hooks.ts, issue 21).
    logController: new LogController({ disableRequestLogging: true }),
    requestTimeout,
    // Node checks the timeout only every connectionsCheckingInterval (30 s by default), and
    // the headers must arrive within the same time as the whole request.
    http: {
      connectionsCheckingInterval: Math.max(250, Math.min(2_000, requestTimeout / 4)),
      headersTimeout: requestTimeout,
    },
    // Errors of the HTTP parser and of requestTimeout (400, 408, 431) in our shape and headers.
    clientErrorHandler: handleClientError,
    // Ratings batches are the biggest bodies we accept (500 × a 1,000-character comment).
    bodyLimit: 1024 * 1024,
    // A malformed URL or an over-long path parameter is refused by the router before any
    // route runs; answer it in the one error shape too, not Fastify's own.
    // It runs before the onRequest hooks, so the security headers are set here too.
    frameworkErrors: (error, _request, reply) =>
      sendError(
        reply.headers(SECURITY_HEADERS),
        error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400,
        'bad_request',
        'This address is not valid.',
      ),
  });
  installErrorHandler(app);
  // Before any route or plugin, so every response of every route carries them.
  installSecurityHeaders(app, { hstsMaxAgeSeconds: options.config.hstsMaxAgeSeconds });

  await app.register(fastifyCompress, { encodings: ['br', 'gzip'] });

  for (const migration of storage.migrationsApplied) {
    app.log.info(
      { storage: storage.kind, migration: migration.version, name: migration.name },
      'schema migration applied',
    );
  }
  const ratingsPerMinute = options.ratingsPerMinute ?? ratingsRateLimitFromEnv();
  const statsPerMinute = options.statsPerMinute ?? statsRateLimitFromEnv();
  const metrics = options.metrics ?? createMetrics(storage);
  installRequestHooks(app, metrics, { ratingsPerMinute, statsPerMinute });
  registerMetricsRoute(app, metrics, options.config.adminToken);

  app.get('/api/health', async () => {
    const meta = await storage.catalog.meta();
    return { status: 'ok', storage: storage.kind, catalogVersion: meta?.version ?? null };
  });
  await app.register(catalogRoutes, { storage });
  await app.register(provinceListRoutes, { storage, adminToken: options.config.adminToken });
  await app.register(statsRoutes, { storage, rateLimitPerMinute: statsPerMinute });
  await app.register(kioskRoutes, {
    storage,
    adminToken: options.config.adminToken,
    ...(options.pairThrottle ? { pairThrottle: options.pairThrottle } : {}),
  });
  await app.register(ratingsRoutes, {
    storage,
    rateLimitPerMinute: ratingsPerMinute,
    ratingQuota: options.ratingQuota,
    onBatch: (results, items, now) =>
      observeRatingBatch(metrics, results, (i) => createdAtOf(items[i]), now),
  });

  await registerAppFiles(app, path.resolve(options.staticRoot ?? DEFAULT_STATIC_ROOT));
  return app;
}

function createdAtOf(item: unknown): string | undefined {
  const createdAt = (item as { createdAt?: unknown } | null)?.createdAt;
  return typeof createdAt === 'string' ? createdAt : undefined;
}
