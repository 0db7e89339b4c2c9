/**
 * Overlapping concurrent batches on both engines (issue 10, item 6): lost, doubled, deadlocks,
 * and the time per batch. Run: `npx tsx tests/bench/ratings-overlap.ts [clients] [batches]`.
 * Starts its own throwaway PostgreSQL cluster (Debian's binaries) and SQLite file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../src/server/config.ts';
import { openStorage } from '../../src/server/storage/open.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { percentile, runOverlappingLoad } from '../server/support/overlap-load.ts';
import { startPostgres } from '../server/support/postgres.ts';
import { countsOf, deadlocksSoFar } from '../server/support/overlap-checks.ts';

const clients = Number(process.argv[2] ?? 8);
const batchesPerClient = Number(process.argv[3] ?? 40);
const CODES = Array.from({ length: 12 }, (_, i) => `1.00${String(1000 + i)}`);

async function measure(name: string, storage: Storage, pgUrl?: string): Promise<void> {
  const before = pgUrl ? await deadlocksSoFar(pgUrl) : 0;
  const started = performance.now();
  const result = await runOverlappingLoad(storage.ratings, {
    clients,
    batchesPerClient,
    batchSize: 200,
    poolSize: 4_000,
    procedureCodes: CODES,
  });
  const seconds = (performance.now() - started) / 1000;
  const counts = await countsOf(storage);
  // Backends report their statistics when they exit.
  await storage.close();
  const deadlocks = pgUrl ? (await deadlocksSoFar(pgUrl)) - before : 0;
  const line = {
    engine: name,
    batches: result.latenciesMs.length,
    seconds: Number(seconds.toFixed(1)),
    sent: result.sent.size,
    stored: counts.stored,
    lost: result.sent.size - counts.stored,
    doubled: counts.rolledUp - counts.stored,
    failedBatches: result.failures,
    deadlocks,
    p50ms: Math.round(percentile(result.latenciesMs, 50)),
    p99ms: Math.round(percentile(result.latenciesMs, 99)),
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

const dir = mkdtempSync(path.join(tmpdir(), 'dvc-overlap-'));
const cluster = await startPostgres();
try {
  const sqlite = await openStorage(loadConfig({ DATA_DIR: dir }));
  await measure('sqlite', sqlite);
  if (cluster) {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('CREATE DATABASE dvc_overlap');
    await admin.end();
    const url = cluster.url.replace(/\/postgres$/, '/dvc_overlap');
    const postgres = await openStorage(loadConfig({ DATABASE_URL: url }));
    await measure('postgres', postgres, url);
  } else {
    process.stdout.write('PostgreSQL not installed: measured SQLite only\n');
  }
} finally {
  cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
}
