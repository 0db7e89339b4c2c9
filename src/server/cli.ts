import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createApp, DEFAULT_STATIC_ROOT } from './app.ts';
import { runBackupCommand } from './backup/backup-command.ts';
import { isBuildStale, runViteBuild } from './build-if-needed.ts';
import { runCatalogSearchCommand } from './catalog-search.ts';
import { ensureCatalogSeeded } from './catalog/ensure-seeded.ts';
import { importPortalFiles } from './catalog/import-portal.ts';
import { formatImportReport, IMPORT_EXIT, importExitCode } from './catalog/import-report.ts';
import { loadConfig } from './config.ts';
import { runKioskCommand } from './kiosks/kiosk-command.ts';
import { runProvinceListCommand } from './catalog/province-list/province-list-command.ts';
import { ratingQuotaFromEnv } from './ratings/quota-limits.ts';
import { ratingsRateLimitFromEnv } from './ratings/rate-limit.ts';
import { statsRateLimitFromEnv } from './stats/rate-limit.ts';
import { openStorage } from './storage/open.ts';
import { bannerFields, bannerLines } from './banner.ts';
import { createCliLogger, isPretty } from './logging.ts';
import type { Storage } from './storage/types.ts';
import type { FastifyBaseLogger } from 'fastify';
import { createMetrics } from './metrics/metrics.ts';
import { startMetricsServer } from './metrics/metrics-route.ts';
import { startupFacts } from './startup-facts.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const USAGE = `Usage:
  tsx src/server/cli.ts serve [--build-if-needed]   serve the app and the API
  tsx src/server/cli.ts import <file or folder>…     import national-portal files
  tsx src/server/cli.ts kiosk create|list|revoke …  provision kiosks (kiosk --help)
  tsx src/server/cli.ts catalog-search [--json] "q"  what the app's search answers (--help)
  tsx src/server/cli.ts province-list --province …   import a province's official list (--help)
  tsx src/server/cli.ts backup <file> [--force]      online copy of the SQLite database
  tsx src/server/cli.ts restore <file>               restore a backup into an empty DATA_DIR

import exits 0 when everything read was imported, 1 when nothing was, 2 on a usage error, and 3
when it imported the good records but some were invalid or some files were not read (see its
report). It reads regular .jsonl (up to 64 MB) and .json (up to 8 MB) files only.

Environment: PORT (8080), HOST (127.0.0.1), DATA_DIR (./data), DATABASE_URL, ADMIN_TOKEN, LOG_LEVEL,
TRUST_PROXY (proxy addresses/CIDRs), HSTS_MAX_AGE, RATE_LIMIT_PER_MINUTE, STATS_RATE_LIMIT_PER_MINUTE,
APP_DIR (dist/),
RATINGS_PER_ADDRESS_PER_PROCEDURE_PER_DAY (20), RATINGS_PER_ADDRESS_PER_DAY (100),
DOSSIER_RATINGS_PER_ADDRESS_PER_DAY (5), RATINGS_PER_KIOSK_PER_PROCEDURE_PER_DAY (2000),
RATINGS_PER_KIOSK_PER_DAY (5000). See README.md, "Configuration".`;

async function serve(args: readonly string[]): Promise<void> {
  const config = loadConfig();
  // The limits are read again where they apply; read them here too, so a bad value stops the
  // start before any build or database connection (a PostgreSQL pool would hold the exit).
  ratingsRateLimitFromEnv();
  statsRateLimitFromEnv();
  ratingQuotaFromEnv();
  // APP_DIR points at an app built elsewhere: serve it as it is.
  if (
    config.appDir === undefined &&
    args.includes('--build-if-needed') &&
    isBuildStale(PROJECT_ROOT, DEFAULT_STATIC_ROOT)
  ) {
    process.stdout.write('The built app is missing or older than its sources: building it…\n');
    runViteBuild(PROJECT_ROOT);
  }
  const storage = await openStorage(config);
  const metrics = createMetrics(storage);
  const app = await createApp({
    config,
    storage,
    metrics,
    staticRoot: config.appDir ?? DEFAULT_STATIC_ROOT,
  });
  await ensureCatalogSeeded(storage, app.log);
  const metricsServer =
    config.metricsPort === undefined
      ? undefined
      : await startMetricsServer(metrics, config.metricsPort, config.metricsHost ?? config.host);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    // close() stops accepting connections and waits for in-flight requests to finish.
    app
      .close()
      .then(() => metricsServer?.close())
      .then(() => storage.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          app.log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const facts = await startupFacts(`http://${host}:${port}/`, config, storage);
  if (isPretty(config, process.stdout)) {
    process.stdout.write(`${bannerLines(facts).join('\n')}\n`);
  } else {
    app.log.info(bannerFields(facts), 'server started');
  }
}

async function runImport(paths: readonly string[]): Promise<number> {
  if (paths.length === 0) {
    process.stderr.write(`Nothing to import: give a file or a folder.\n\n${USAGE}\n`);
    return IMPORT_EXIT.usage;
  }
  const config = loadConfig();
  const log = createCliLogger(config);
  const storage = await openStorage(config);
  try {
    logMigrations(storage, log);
    const report = await importPortalFiles(paths, storage.catalog);
    process.stdout.write(`${formatImportReport(report)}\n`);
    const exitCode = importExitCode(report);
    // The one line an operator's log keeps of an import (the report above has the details).
    log[exitCode === IMPORT_EXIT.ok ? 'info' : 'warn'](
      {
        exitCode,
        filesRead: report.filesRead,
        imported: report.imported,
        skipped: report.skipped,
        problems: report.problems.length,
        catalogVersion: report.catalogVersion ?? null,
        durationMs: Math.round(report.durationMs),
      },
      'catalogue import finished',
    );
    return exitCode;
  } finally {
    await storage.close();
  }
}

async function runKiosk(args: readonly string[]): Promise<number> {
  const config = loadConfig();
  const log = createCliLogger(config);
  const storage = await openStorage(config);
  try {
    logMigrations(storage, log);
    return await runKioskCommand(args, storage, {
      out: (text) => process.stdout.write(`${text}\n`),
      err: (text) => process.stderr.write(`${text}\n`),
      log,
    });
  } finally {
    await storage.close();
  }
}

async function runCatalogSearch(args: readonly string[]): Promise<number> {
  const storage = await openStorage(loadConfig());
  try {
    return await runCatalogSearchCommand(args, storage, {
      out: (text) => process.stdout.write(`${text}\n`),
      err: (text) => process.stderr.write(`${text}\n`),
      readLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
    });
  } finally {
    await storage.close();
  }
}

function logMigrations(storage: Storage, log: FastifyBaseLogger): void {
  for (const migration of storage.migrationsApplied) {
    log.info(
      { storage: storage.kind, migration: migration.version, name: migration.name },
      'schema migration applied',
    );
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'serve':
      await serve(args);
      return -1; // keeps running until a signal
    case 'import':
      return runImport(args);
    case 'kiosk':
      return runKiosk(args);
    case 'catalog-search':
      return runCatalogSearch(args);
    case 'province-list':
      return runProvinceListCommand(args, () => openStorage(loadConfig()), {
        out: (text) => process.stdout.write(`${text}\n`),
        err: (text) => process.stderr.write(`${text}\n`),
      });
    case 'backup':
    case 'restore':
      return runBackupCommand(command, args, loadConfig(), {
        out: (text) => process.stdout.write(`${text}\n`),
        err: (text) => process.stderr.write(`${text}\n`),
      });
    default:
      process.stderr.write(`${USAGE}\n`);
      return command === undefined || command === '--help' ? 0 : 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    // Configuration and startup errors are the operator's to fix: the message, no stack.
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
