/**
 * Server ingest throughput for issue 3's note: 10,000 ratings in batches of 500 through
 * POST /api/ratings on a real listening server (HTTP, JSON parsing, validation, storage), one
 * batch in flight at a time like one device flushing its outbox. Prints ratings/s, median of 3
 * runs, for SQLite and PostgreSQL.
 *
 *   npx tsx src/server/ratings/ingest-bench.ts
 *
 * PostgreSQL: DATABASE_URL when set (its ratings table must be empty or disposable), otherwise a
 * throwaway cluster (tests/server/support/postgres.ts); skipped, and said so, when neither.
 * TOTAL, BATCH, RUNS and CONCURRENCY may be set in the environment.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { SATISFACTION_LEVELS, type Rating } from '../../domain/rating.ts';
import { PROVINCE_CODES } from '../../domain/provinces.ts';
import { createApp } from '../app.ts';
import { loadSeedProcedures } from '../catalog/seed.ts';
import { loadConfig } from '../config.ts';
import { openPostgresStorage } from '../storage/postgres/storage.ts';
import { openSqliteStorage, sqliteFileIn } from '../storage/sqlite/storage.ts';
import type { RatingQuotaLimits } from './quota-limits.ts';
import type { Storage } from '../storage/types.ts';

const TOTAL = Number(process.env.TOTAL ?? 10_000);
const BATCH = Number(process.env.BATCH ?? 500);
const RUNS = Number(process.env.RUNS ?? 3);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 1);

const LIFTED_QUOTA: RatingQuotaLimits = {
  perAddressPerProcedure: Number.MAX_SAFE_INTEGER,
  perAddress: Number.MAX_SAFE_INTEGER,
  dossierCodedPerAddress: Number.MAX_SAFE_INTEGER,
  perKioskPerProcedure: Number.MAX_SAFE_INTEGER,
  perKiosk: Number.MAX_SAFE_INTEGER,
};

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function makeBodies(codes: readonly string[], run: number): string[] {
  const bodies: string[] = [];
  const now = Date.now();
  for (let start = 0; start < TOTAL; start += BATCH) {
    const ratings: Rating[] = [];
    for (let i = start; i < Math.min(TOTAL, start + BATCH); i += 1) {
      const level = SATISFACTION_LEVELS[i % 3] ?? 'satisfied';
      const rating: Rating = {
        id: randomUUID(),
        procedureCode: codes[i % codes.length] ?? '',
        overall: level,
        criteria: { staff_attitude: level, on_time: SATISFACTION_LEVELS[(i + 1) % 3] ?? level },
        province: PROVINCE_CODES[i % PROVINCE_CODES.length],
        channel: i % 2 === 0 ? 'online' : 'in_person',
        createdAt: new Date(now - (i % 30) * 86_400_000).toISOString(),
        locale: 'vi',
      };
      // A third carry a dossier code and a short comment, as real ratings would.
      if (i % 3 === 0) {
        rating.dossierCode = `H${run}.${String(i).padStart(6, '0')}-${String(now).slice(-6)}`;
        rating.comment = 'Cán bộ hướng dẫn rõ ràng, thời gian chờ ngắn.';
      }
      ratings.push(rating);
    }
    bodies.push(JSON.stringify({ ratings }));
  }
  return bodies;
}

async function postAll(url: string, bodies: readonly string[]): Promise<number> {
  let next = 0;
  let accepted = 0;
  const worker = async () => {
    while (next < bodies.length) {
      const body = bodies[next++] as string;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      if (!response.ok) throw new Error(`POST /api/ratings answered ${response.status}`);
      const { results } = (await response.json()) as { results: { status: string }[] };
      accepted += results.filter((r) => r.status === 'accepted').length;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return accepted;
}

async function bench(name: string, storage: Storage): Promise<void> {
  const procedures = loadSeedProcedures();
  if (!(await storage.catalog.meta())) await storage.catalog.upsert(procedures);
  const codes = procedures.map((p) => p.code);
  const app = await createApp({
    config: loadConfig({}),
    storage,
    logger: false,
    staticRoot: path.join(tmpdir(), 'dvc-no-such-dist'),
    ratingsPerMinute: 1_000_000,
    // One client sending on behalf of many: the daily quotas would refuse it after 100.
    ratingQuota: LIFTED_QUOTA,
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const rates: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const bodies = makeBodies(codes, run);
      const started = performance.now();
      const accepted = await postAll(`${address}/api/ratings`, bodies);
      const seconds = (performance.now() - started) / 1000;
      if (accepted !== TOTAL) throw new Error(`${name}: only ${accepted}/${TOTAL} accepted`);
      rates.push(TOTAL / seconds);
      say(`  ${name} run ${run + 1}: ${Math.round(TOTAL / seconds)} ratings/s`);
    }
    const sorted = [...rates].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    say(
      `${name}: ${Math.round(median)} ratings/s (median of ${RUNS}; ${TOTAL} ratings, batches of ` +
        `${BATCH}, ${CONCURRENCY} in flight; ${await storage.ratings.count()} stored)`,
    );
  } finally {
    await app.close();
  }
}

async function withPostgres(work: (url: string) => Promise<void>): Promise<void> {
  if (process.env.DATABASE_URL) return work(process.env.DATABASE_URL);
  // Dev tool only: the throwaway-cluster helper lives with the server tests.
  const { startPostgres } = await import('../../../tests/server/support/postgres.ts');
  const cluster = await startPostgres();
  if (!cluster) {
    say('PostgreSQL: not measured (no DATABASE_URL and PostgreSQL is not installed)');
    return;
  }
  const admin = new pg.Client({ connectionString: cluster.url });
  try {
    await admin.connect();
    await admin.query('CREATE DATABASE dvc_ingest_bench');
    await admin.end();
    const url = new URL(cluster.url);
    url.pathname = '/dvc_ingest_bench';
    await work(url.toString());
  } finally {
    cluster.stop();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dvc-ingest-bench-'));
  try {
    const sqlite = openSqliteStorage(sqliteFileIn(dir));
    try {
      await bench('SQLite', sqlite);
    } finally {
      await sqlite.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await withPostgres(async (url) => {
    const storage = await openPostgresStorage(url);
    try {
      await bench('PostgreSQL', storage);
    } finally {
      await storage.close();
    }
  });
}

await main();
