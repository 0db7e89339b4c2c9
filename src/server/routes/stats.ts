import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { z } from 'zod';
import { catalogStatsQuerySchema, statsQuerySchema } from '../../domain/stats.ts';
import { sendError } from '../errors.ts';
import { CatalogIndexCache } from '../stats/catalog-index.ts';
import { computeCatalogFigures } from '../stats/catalog-figures.ts';
import { computeStats } from '../stats/compute-stats.ts';
import { OPEN_DATA_LICENSE, statsToCsv } from '../stats/csv.ts';
import type { Storage } from '../storage/types.ts';

export interface StatsRoutesOptions {
  storage: Storage;
}

/** 400 naming each bad parameter, so a client can show a translated message per field. */
function badQuery(reply: FastifyReply, error: z.ZodError): FastifyReply {
  const details = error.issues.map((issue) => ({
    param: issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(',') : ''),
    code: issue.code,
  }));
  const names = details.map((d) => d.param).join(', ');
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
export const statsRoutes: FastifyPluginAsync<StatsRoutesOptions> = async (app, { storage }) => {
  const catalogIndex = new CatalogIndexCache(storage.catalog);
  const licenseLink = `<${OPEN_DATA_LICENSE.url}>; rel="license"`;

  const answer = async (query: unknown, reply: FastifyReply) => {
    const parsed = statsQuerySchema.safeParse(query);
    if (!parsed.success) return { error: badQuery(reply, parsed.error) };
    const stats = await computeStats(storage.stats, await catalogIndex.get(), parsed.data);
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

  app.get('/api/catalog-stats', async (request, reply) => {
    const parsed = catalogStatsQuerySchema.safeParse(request.query);
    if (!parsed.success) return badQuery(reply, parsed.error);
    const figures = computeCatalogFigures(await catalogIndex.get(), parsed.data.by);
    return reply.header('Cache-Control', 'public, max-age=60').send(figures);
  });
};
