import { ConfigError } from '../config.ts';

/**
 * GET /api/stats, /api/stats.csv and /api/catalog-stats per minute and client address when
 * nothing is configured. One dashboard view costs 6 requests (5 breakdowns and the catalogue
 * figures), so 120 lets one person change the filters 20 times a minute; a one-stop office
 * whose screens share one address, or a proxy without TRUST_PROXY, may need more.
 */
export const DEFAULT_STATS_PER_MINUTE = 120;

export const STATS_RATE_LIMIT_VARIABLE = 'STATS_RATE_LIMIT_PER_MINUTE';

type Env = Record<string, string | undefined>;

/** STATS_RATE_LIMIT_PER_MINUTE, a whole number ≥ 1; a bad value stops the server, named. */
export function statsRateLimitFromEnv(env: Env = process.env): number {
  const raw = env[STATS_RATE_LIMIT_VARIABLE]?.trim();
  if (raw === undefined || raw === '') return DEFAULT_STATS_PER_MINUTE;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || !Number.isSafeInteger(Number(raw))) {
    throw new ConfigError(
      `${STATS_RATE_LIMIT_VARIABLE} must be a whole number of requests per minute, got "${raw}"`,
    );
  }
  return Number(raw);
}
