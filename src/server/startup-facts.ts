import { REQUEST_TIMEOUT_MS } from './app.ts';
import type { StartupFacts } from './banner.ts';
import { loadSeedProcedures } from './catalog/seed.ts';
import type { ServerConfig } from './config.ts';
import { isPretty } from './logging.ts';
import { ratingQuotaFromEnv } from './ratings/quota-limits.ts';
import { ratingsRateLimitFromEnv } from './ratings/rate-limit.ts';
import { RATINGS_BODY_LIMIT } from './routes/ratings.ts';
import { statsRateLimitFromEnv } from './stats/rate-limit.ts';
import type { Storage } from './storage/types.ts';

/** Gathers what the start-up banner says, from the configuration and the storage as opened. */
export async function startupFacts(
  url: string,
  config: ServerConfig,
  storage: Storage,
): Promise<StartupFacts> {
  const catalog = await storage.catalog.meta();
  return {
    url,
    storage: {
      kind: storage.kind,
      location: storage.location,
      sizeBytes: await storage.sizeBytes(),
    },
    catalog,
    isSeedOnly: catalog !== undefined && (await isSeedOnly(storage)),
    hasAdminToken: config.adminToken !== undefined,
    metricsPort: config.metricsPort,
    limits: {
      ratingsPerMinute: ratingsRateLimitFromEnv(),
      statsPerMinute: statsRateLimitFromEnv(),
      quota: ratingQuotaFromEnv(),
      bodyLimitBytes: RATINGS_BODY_LIMIT,
      requestTimeoutMs: REQUEST_TIMEOUT_MS,
    },
    trustProxy: config.trustProxy,
    log: { level: config.logLevel, format: isPretty(config, process.stdout) ? 'pretty' : 'json' },
  };
}

/** Every procedure served is one of the seed's: nothing was imported yet. */
async function isSeedOnly(storage: Storage): Promise<boolean> {
  const served = await storage.catalog.load();
  if (!served) return false;
  const seedCodes = new Set(loadSeedProcedures().map((p) => p.code));
  return served.procedures.every((p) => seedCodes.has(p.code));
}
