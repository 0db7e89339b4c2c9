import Fastify, { type FastifyInstance } from 'fastify';
import { requireAdmin } from '../kiosks/admin-auth.ts';
import type { Metrics } from './metrics.ts';

/**
 * GET /metrics on the main port, for a scraper that sends `Authorization: Bearer <ADMIN_TOKEN>`
 * (closed, 403 admin_disabled, without one). Not under /api/: it is not the app's API, and
 * the service worker never sees it.
 */
export function registerMetricsRoute(
  app: FastifyInstance,
  metrics: Metrics,
  adminToken: string | undefined,
): void {
  app.get('/metrics', { preHandler: requireAdmin(adminToken) }, async (_request, reply) =>
    reply
      .header('Cache-Control', 'no-store')
      .type(metrics.registry.contentType)
      .send(await metrics.registry.metrics()),
  );
}

/**
 * METRICS_PORT: /metrics alone on its own port, without a token, for a Prometheus on a private
 * network (bind it with METRICS_HOST to an address only the scraper reaches). Nothing else is
 * served there.
 */
export async function startMetricsServer(
  metrics: Metrics,
  port: number,
  host: string,
): Promise<FastifyInstance> {
  const server = Fastify({ logger: false });
  server.get('/metrics', async (_request, reply) =>
    reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()),
  );
  await server.listen({ port, host });
  return server;
}
