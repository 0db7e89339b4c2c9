import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCompress from '@fastify/compress';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { registerAppFiles } from './app-files.ts';
import type { ServerConfig } from './config.ts';
import { installErrorHandler, sendError } from './errors.ts';
import { requestForLog } from './log-request.ts';
import { catalogRoutes } from './routes/catalog.ts';
import { kioskRoutes } from './routes/kiosks.ts';
import { ratingsRoutes } from './routes/ratings.ts';
import { statsRoutes } from './routes/stats.ts';
import { installSecurityHeaders } from './security-headers.ts';
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
  /** Stats routes per minute and client; default STATS_RATE_LIMIT_PER_MINUTE or 120. */
  statsPerMinute?: number;
}

export async function createApp(options: CreateAppOptions): Promise<FastifyInstance> {
  const { storage } = options;
  const app = Fastify({
    ...(options.logger === undefined
      ? { logger: { level: options.config.logLevel, serializers: { req: requestForLog } } }
      : options.logger === false
        ? { logger: false }
        : { loggerInstance: options.logger }),
    trustProxy: options.config.trustProxy,
    // Ratings batches are the biggest bodies we accept (500 × a 1,000-character comment).
    bodyLimit: 1024 * 1024,
    // A malformed URL or an over-long path parameter is refused by the router before any
    // route runs; answer it in the one error shape too, not Fastify's own.
    frameworkErrors: (error, _request, reply) =>
      sendError(
        reply,
        error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400,
        'bad_request',
        'This address is not valid.',
      ),
  });
  installErrorHandler(app);
  // Before any route or plugin, so every response of every route carries them.
  installSecurityHeaders(app);

  await app.register(fastifyCompress, { encodings: ['br', 'gzip'] });

  app.get('/api/health', async () => {
    const meta = await storage.catalog.meta();
    return { status: 'ok', storage: storage.kind, catalogVersion: meta?.version ?? null };
  });
  await app.register(catalogRoutes, { storage });
  await app.register(statsRoutes, { storage, rateLimitPerMinute: options.statsPerMinute });
  await app.register(kioskRoutes, { storage, adminToken: options.config.adminToken });
  await app.register(ratingsRoutes, { storage, rateLimitPerMinute: options.ratingsPerMinute });

  await registerAppFiles(app, path.resolve(options.staticRoot ?? DEFAULT_STATIC_ROOT));
  return app;
}
