import { ConfigError } from '../config.ts';

/** Requests per minute and client address on POST /api/ratings when nothing is configured. */
export const DEFAULT_RATINGS_PER_MINUTE = 60;

type Env = Record<string, string | undefined>;

/**
 * RATE_LIMIT_PER_MINUTE (RATE_LIMIT_MAX is accepted too: the e2e tests and benches set that
 * name): POST /api/ratings requests per minute from one paired kiosk (keyed by the kiosk), or
 * else from one client address (routes/ratings.ts). A device sends at most
 * one batch of 500 at a time, so 60 a minute is far above honest use; raise it for load tests,
 * or behind a proxy with TRUST_PROXY unset (then every client shares the proxy's address).
 */
export function ratingsRateLimitFromEnv(env: Env = process.env): number {
  for (const name of ['RATE_LIMIT_PER_MINUTE', 'RATE_LIMIT_MAX']) {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') continue;
    if (!/^\d+$/.test(raw) || Number(raw) < 1 || !Number.isSafeInteger(Number(raw))) {
      throw new ConfigError(`${name} must be a whole number of requests per minute, got "${raw}"`);
    }
    return Number(raw);
  }
  return DEFAULT_RATINGS_PER_MINUTE;
}
