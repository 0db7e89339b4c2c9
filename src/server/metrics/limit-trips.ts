import type { FastifyRequest } from 'fastify';
import type { Metrics } from './metrics.ts';

const QUIET_MS = 60_000;

/**
 * A limit that trips is worth one warn line, not one per refused request: a flood of 10,000
 * refusals would bury everything else (issue 21). Every refusal is counted in
 * dvc_limit_trips_total; the log says it at most once a minute per limit, with how many were
 * refused since its last line. Never the address or what was sent.
 */
export function limitTripReporter(
  metrics: Metrics,
  limit: string,
  fields: Record<string, unknown>,
  now: () => number = Date.now,
): (request: FastifyRequest) => void {
  let lastLineAt = -Infinity;
  let refusedSinceLastLine = 0;
  return (request) => {
    metrics.limitTrips.inc({ limit });
    refusedSinceLastLine += 1;
    if (now() - lastLineAt < QUIET_MS) return;
    request.log.warn({ limit, ...fields, refusedSinceLastLine }, 'limit tripped: requests refused');
    lastLineAt = now();
    refusedSinceLastLine = 0;
  };
}
