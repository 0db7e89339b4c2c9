import { MAX_RATINGS_PER_BATCH } from '../domain/rating.ts';
import { formatBytes } from './format-bytes.ts';
import type { RatingQuotaLimits } from './ratings/quota-limits.ts';
import type { CatalogMeta, StorageKind } from './storage/types.ts';
import { formatVietnamTime } from './vietnam-time.ts';

/** What the server says when it starts (issue 21, item 3): what it serves, where, and how. */
export interface StartupFacts {
  url: string;
  storage: { kind: StorageKind; location: string; sizeBytes: number };
  catalog: CatalogMeta | undefined;
  /** True when every procedure served is one of the hand-curated seed's. */
  isSeedOnly: boolean;
  hasAdminToken: boolean;
  metricsPort: number | undefined;
  limits: {
    ratingsPerMinute: number;
    statsPerMinute: number;
    quota: RatingQuotaLimits;
    bodyLimitBytes: number;
    requestTimeoutMs: number;
  };
  trustProxy: false | readonly string[];
  log: { level: string; format: 'pretty' | 'json' };
}

const IMPORT_HINT =
  'import the national catalogue with: npm run catalog:import -- <folder of national-portal files>';

const n = (value: number) => value.toLocaleString('en');

/** The banner as lines for a terminal. */
export function bannerLines(facts: StartupFacts): string[] {
  const { storage, catalog, limits } = facts;
  const where =
    storage.kind === 'sqlite'
      ? `SQLite, ${storage.location} (${formatBytes(storage.sizeBytes)})`
      : `PostgreSQL, ${storage.location} (${formatBytes(storage.sizeBytes)})`;
  const catalogue = !catalog
    ? [`empty: ${IMPORT_HINT}`]
    : [
        `version ${catalog.version} of ${formatVietnamTime(catalog.updatedAt)}: ` +
          (facts.isSeedOnly
            ? `${n(catalog.count)} seed procedures only —`
            : `${n(catalog.count)} procedures`),
        ...(facts.isSeedOnly ? [IMPORT_HINT] : []),
      ];
  const q = limits.quota;
  return [
    `DVC is ready at ${facts.url}`,
    `  Storage    ${where}`,
    ...catalogue.map((line, i) => `${i === 0 ? '  Catalogue  ' : '             '}${line}`),
    facts.hasAdminToken
      ? '  Admin      operator routes on (Authorization: Bearer <ADMIN_TOKEN>)'
      : '  Admin      operator routes off: set ADMIN_TOKEN (16+ characters) to turn them on',
    facts.metricsPort !== undefined
      ? `  Metrics    /metrics on port ${facts.metricsPort} (no token), and here with ADMIN_TOKEN`
      : `  Metrics    ${facts.url}metrics with ADMIN_TOKEN${facts.hasAdminToken ? '' : ' (off: no ADMIN_TOKEN)'}`,
    `  Limits     ratings: ${n(limits.ratingsPerMinute)} requests/min per kiosk or address, ` +
      `batches of 1–${MAX_RATINGS_PER_BATCH}, ${formatBytes(limits.bodyLimitBytes)} a body, ` +
      `${limits.requestTimeoutMs / 1000} s to send it`,
    `             a day: ${n(q.perAddressPerProcedure)} per address and procedure, ` +
      `${n(q.perAddress)} per address, ${n(q.dossierCodedPerAddress)} with a dossier code ` +
      `per address, ${n(q.perKioskPerProcedure)} per kiosk and procedure, ${n(q.perKiosk)} per kiosk`,
    `             stats: ${n(limits.statsPerMinute)} requests/min per address; pairing: after ` +
      '10 wrong codes an address is checked late',
    facts.trustProxy === false
      ? '  Proxy      TRUST_PROXY off: a client is the address of its connection'
      : `  Proxy      X-Forwarded-For believed from ${facts.trustProxy.join(', ')}`,
    `  Logs       LOG_LEVEL=${facts.log.level}, ${facts.log.format === 'pretty' ? 'readable lines' : 'JSON lines'}`,
  ];
}

/** The same facts as one structured log line, for JSON logs (journald, a log shipper). */
export function bannerFields(facts: StartupFacts): Record<string, unknown> {
  return {
    url: facts.url,
    storage: facts.storage.kind,
    location: facts.storage.location,
    databaseBytes: facts.storage.sizeBytes,
    catalogVersion: facts.catalog?.version ?? null,
    catalogUpdatedAt: facts.catalog?.updatedAt ?? null,
    procedures: facts.catalog?.count ?? 0,
    isSeedOnly: facts.isSeedOnly,
    ...(facts.isSeedOnly || !facts.catalog ? { hint: IMPORT_HINT } : {}),
    adminRoutes: facts.hasAdminToken,
    metricsPort: facts.metricsPort ?? null,
    limits: facts.limits,
    trustProxy: facts.trustProxy,
  };
}
