import type { FastifyInstance, FastifyRequest } from 'fastify';
import { urlForLog } from '../log-request.ts';
import { limitTripReporter } from './limit-trips.ts';
import type { Metrics } from './metrics.ts';

export interface LimitsInForce {
  ratingsPerMinute: number;
  statsPerMinute: number;
}

/**
 * One hook for every response (issue 21): the compact access line, the latency histogram by
 * route pattern, the ratings batches by status, and the limits that refused a request. Routes
 * stay as they are; other routes added later are covered without a change here.
 *
 * The access line is `request` with method, route pattern (the path only when no route matched),
 * status and milliseconds: never a query value or a body (log-request.ts). API requests log at
 * info; the app's files (the page, scripts, icons) at debug, so at LOG_LEVEL=info a visit is a
 * few lines, not dozens; any 5xx at warn.
 */
export function installRequestHooks(
  app: FastifyInstance,
  metrics: Metrics,
  limits: LimitsInForce,
): void {
  const trips = {
    ratings: limitTripReporter(metrics, 'ratings_per_minute', {
      perMinute: limits.ratingsPerMinute,
    }),
    stats: limitTripReporter(metrics, 'stats_per_minute', { perMinute: limits.statsPerMinute }),
    pairing: limitTripReporter(metrics, 'pairing_attempts', {}),
  };
  // At debug, a line as each request arrives (its headers read): what a request still in
  // flight was, when a server is stopped or stalls. Nothing at info, where the access line is.
  app.addHook('onRequest', async (request) => {
    const route = request.routeOptions.url;
    request.log.debug(
      route === undefined
        ? { method: request.method, path: pathOf(request) }
        : { method: request.method, route },
      'request received',
    );
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url;
    const status = reply.statusCode;
    const ms = Math.round(reply.elapsedTime * 10) / 10;
    metrics.requestDuration.observe(
      { method: request.method, route: route ?? 'unmatched', status_code: status },
      reply.elapsedTime / 1000,
    );
    if (route === '/api/ratings' && request.method === 'POST') {
      metrics.ratingBatches.inc({ status_code: status });
    }
    if (status === 429) tripOf(trips, route)?.(request);
    const line =
      route === undefined
        ? { method: request.method, path: pathOf(request), status, ms }
        : { method: request.method, route, status, ms };
    if (status >= 500) request.log.warn(line, 'request');
    else if (isApi(route ?? pathOf(request))) request.log.info(line, 'request');
    else request.log.debug(line, 'request');
  });
}

function tripOf(
  trips: Record<'ratings' | 'stats' | 'pairing', (request: FastifyRequest) => void>,
  route: string | undefined,
) {
  if (route === '/api/ratings') return trips.ratings;
  if (route === '/api/kiosks/pair') return trips.pairing;
  if (route?.startsWith('/api/stats') || route === '/api/catalog-stats') return trips.stats;
  return undefined;
}

function pathOf(request: FastifyRequest): string {
  return urlForLog(request.url).split('?', 1)[0] ?? '/';
}

function isApi(path: string): boolean {
  return path === '/api' || path.startsWith('/api/') || path === '/metrics';
}
