import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { parseStatsRequest, queryIssuesOf, type QueryIssue } from '../../domain/stats-period.ts';
import { catalogStatsQuerySchema, STATS_DIMENSIONS, statsDayOf } from '../../domain/stats.ts';
import { sendError } from '../errors.ts';
import { CatalogIndexCache } from '../stats/catalog-index.ts';
import { computeCatalogFigures } from '../stats/catalog-figures.ts';
import { computeStats } from '../stats/compute-stats.ts';
import { OPEN_DATA_LICENSE, statsToCsv } from '../stats/csv.ts';
import {
  byDimensionFile,
  dailyCsv,
  dataPackage,
  isPublishedMonth,
  OPEN_DATA_BASE,
} from '../stats/open-data.ts';
import { statsRateLimitFromEnv } from '../stats/rate-limit.ts';
import type { Storage } from '../storage/types.ts';

export interface StatsRoutesOptions {
  storage: Storage;
  /** Requests per minute and client address; default from the environment (rate-limit.ts). */
  rateLimitPerMinute?: number;
}

/** 400 naming each bad parameter, so a client can show a translated message per field. */
function badQuery(reply: FastifyReply, details: readonly QueryIssue[]): FastifyReply {
  const names = [...new Set(details.map((d) => d.param))].join(', ');
  return sendError(
    reply,
    400,
    'bad_request',
    `Invalid stats query parameter(s): ${names}`,
    details,
  );
}

/**
 * Public, open-data routes (no login): GET /api/stats, GET /api/stats.csv and
 * GET /api/catalog-stats. The figures are computed from rollups; a short public cache lets a
 * CDN absorb a popular dashboard without hiding new ratings for long.
 */
export const statsRoutes: FastifyPluginAsync<StatsRoutesOptions> = async (app, options) => {
  const { storage } = options;
  const catalogIndex = new CatalogIndexCache(storage.catalog);
  const licenseLink = `<${OPEN_DATA_LICENSE.url}>; rel="license"`;

  // Registered inside this plugin, so it counts only these routes, apart from the ratings'
  // allowance. Keyed by client address (TRUST_PROXY decides what that is); runs on onRequest,
  // before any work. A 429 is answered by the app's error handler with Retry-After.
  await app.register(rateLimit, {
    max: options.rateLimitPerMinute ?? statsRateLimitFromEnv(),
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) => ({
      statusCode: context.statusCode,
      message: `Too many requests. Try again in ${context.after}.`,
    }),
  });

  const answer = async (query: unknown, reply: FastifyReply) => {
    const now = new Date();
    const request = parseStatsRequest(query, now);
    if (!request.ok) return { error: badQuery(reply, request.issues) };
    const index = await catalogIndex.get();
    const stats = await computeStats(storage.stats, index, request.query, request.period, now);
    reply.header('Cache-Control', 'public, max-age=60').header('Link', licenseLink);
    return { stats };
  };

  app.get('/api/stats', async (request, reply) => {
    const result = await answer(request.query, reply);
    return 'error' in result ? result.error : reply.send(result.stats);
  });

  app.get('/api/stats.csv', async (request, reply) => {
    const result = await answer(request.query, reply);
    if ('error' in result) return result.error;
    const { by, from, to } = result.stats;
    return reply
      .type('text/csv; charset=utf-8')
      .header(
        'Content-Disposition',
        `attachment; filename="dvc-satisfaction-${by}-${from}-${to}.csv"`,
      )
      .send(statsToCsv(result.stats));
  });

  // Open data at stable URLs (issue 18, item 4): the descriptor, then the files it lists.
  app.get(`${OPEN_DATA_BASE}/datapackage.json`, async (request, reply) => {
    const now = new Date();
    const origin = `${request.protocol}://${request.host}`;
    const descriptor = dataPackage({
      origin,
      today: statsDayOf(now),
      generatedAt: now.toISOString(),
    });
    return reply
      .header('Cache-Control', 'public, max-age=300')
      .header('Link', licenseLink)
      .type('application/json; charset=utf-8')
      .send(descriptor);
  });

  for (const by of STATS_DIMENSIONS) {
    app.get(`${OPEN_DATA_BASE}/${byDimensionFile(by)}`, async (_request, reply) => {
      const result = await answer({ by }, reply);
      if ('error' in result) return result.error;
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', `inline; filename="${byDimensionFile(by)}"`)
        .send(statsToCsv(result.stats));
    });
  }

  app.get<{ Params: { file: string } }>(`${OPEN_DATA_BASE}/daily/:file`, async (request, reply) => {
    const month = request.params.file.replace(/\.csv$/, '');
    const today = statsDayOf(new Date());
    if (!request.params.file.endsWith('.csv') || !isPublishedMonth(month, today)) {
      return sendError(
        reply,
        404,
        'not_found',
        `No daily file ${request.params.file}: months run from 2000-01 to ${today.slice(0, 7)}, as YYYY-MM.csv`,
      );
    }
    const csv = await dailyCsv(storage.stats, month);
    return reply
      .type('text/csv; charset=utf-8')
      .header('Cache-Control', 'public, max-age=300')
      .header('Link', licenseLink)
      .header('Content-Disposition', `inline; filename="dvc-satisfaction-daily-${month}.csv"`)
      .send(csv);
  });

  app.get('/api/catalog-stats', async (request, reply) => {
    const parsed = catalogStatsQuerySchema.safeParse(request.query);
    if (!parsed.success) return badQuery(reply, queryIssuesOf(parsed.error));
    const figures = computeCatalogFigures(await catalogIndex.get(), parsed.data.by);
    return reply.header('Cache-Control', 'public, max-age=60').send(figures);
  });
};
