import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Browser } from 'playwright-core';
import { startPostgres, type PostgresCluster } from '../../server/support/postgres.ts';
import { REPO_ROOT } from '../../e2e/support/server.ts';
import { launchBenchBrowser } from './chromium.ts';
import { IMPORT_EXIT } from '../../../src/server/catalog/import-report.ts';

/** The real national catalogue, read at bench time only (never committed). */
export const PORTAL_DATA_DIR = path.resolve(REPO_ROOT, '../shared/data/national-portal');

/** Shared, lazily made fixtures: each bench module asks for what it needs, the runner cleans up. */
export class BenchContext {
  readonly repoRoot = REPO_ROOT;
  /** Set by the runner when `vite build` failed (weight and load need dist/). */
  appBuildError: string | undefined;
  /** "PostgreSQL 17.x", once a cluster has been started. */
  postgresVersion: string | undefined;
  readonly #temp: string[] = [];
  #browser: Promise<Browser> | undefined;
  #postgres: Promise<PostgresCluster | undefined> | undefined;
  #realCatalog: Promise<string | undefined> | undefined;
  #dbCount = 0;

  log(message: string): void {
    process.stderr.write(`  · ${message}\n`);
  }

  tempDir(prefix: string): string {
    const dir = mkdtempSync(path.join(tmpdir(), `dvc-bench-${prefix}-`));
    this.#temp.push(dir);
    return dir;
  }

  browser(): Promise<Browser> {
    this.#browser ??= launchBenchBrowser();
    return this.#browser;
  }

  /** A throwaway PostgreSQL cluster, or undefined when PostgreSQL is not installed. */
  postgres(): Promise<PostgresCluster | undefined> {
    this.#postgres ??= startPostgres();
    return this.#postgres;
  }

  /** A fresh, empty database in the cluster (so runs and engines do not share state). */
  async postgresDatabase(): Promise<string | undefined> {
    const cluster = await this.postgres();
    if (!cluster) return undefined;
    const name = `bench_${process.pid}_${++this.#dbCount}`;
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
      this.postgresVersion = `PostgreSQL ${rows[0]?.server_version ?? '?'}`;
      await client.query(`CREATE DATABASE ${name}`);
    } finally {
      await client.end();
    }
    const url = new URL(cluster.url);
    url.pathname = `/${name}`;
    return url.toString();
  }

  /**
   * A DATA_DIR template whose SQLite database holds the real catalogue, imported once with the
   * real importer CLI; undefined when the data folder is absent. Callers copy it.
   */
  realCatalogTemplate(): Promise<string | undefined> {
    this.#realCatalog ??= Promise.resolve().then(() => {
      if (!existsSync(path.join(PORTAL_DATA_DIR, 'catalog.jsonl'))) return undefined;
      const dataDir = this.tempDir('real-catalog');
      this.log('importing the real national catalogue into a template SQLite database…');
      const result = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'src/server/cli.ts', 'import', PORTAL_DATA_DIR],
        { cwd: REPO_ROOT, env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' },
      );
      // 3: imported, with some records refused (the real files have one bad code).
      if (result.status !== IMPORT_EXIT.ok && result.status !== IMPORT_EXIT.withProblems) {
        throw new Error(`catalogue import failed: ${result.stderr || result.stdout}`);
      }
      return dataDir;
    });
    return this.#realCatalog;
  }

  /** A copy of the real-catalogue template to run a server on (servers write to their dir). */
  async realCatalogDataDir(): Promise<string | undefined> {
    const template = await this.realCatalogTemplate();
    if (!template) return undefined;
    const dir = this.tempDir('data');
    cpSync(template, dir, { recursive: true });
    return dir;
  }

  async dispose(): Promise<void> {
    const browser = await this.#browser?.catch(() => undefined);
    await browser?.close().catch(() => undefined);
    const cluster = await this.#postgres?.catch(() => undefined);
    try {
      cluster?.stop();
    } catch (error) {
      this.log(`could not stop PostgreSQL: ${(error as Error).message}`);
    }
    for (const dir of this.#temp) rmSync(dir, { recursive: true, force: true });
  }
}
