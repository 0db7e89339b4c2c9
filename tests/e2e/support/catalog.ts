import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './server.ts';
import { IMPORT_EXIT } from '../../../src/server/catalog/import-report.ts';

/**
 * The version of the catalogue the app has stored ("dvc" → settings → "catalog.version"), read
 * with the raw IndexedDB API. undefined while nothing is stored.
 */
export async function readStoredCatalogVersion(page: Page): Promise<number | undefined> {
  return page.evaluate(
    () =>
      new Promise<number | undefined>((resolveVersion) => {
        const request = indexedDB.open('dvc');
        request.onerror = () => resolveVersion(undefined);
        request.onupgradeneeded = () => {
          request.transaction?.abort();
          resolveVersion(undefined);
        };
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('settings')) {
            db.close();
            resolveVersion(undefined);
            return;
          }
          const get = db.transaction('settings').objectStore('settings').get('catalog.version');
          get.onsuccess = () => {
            db.close();
            const row = get.result as { value?: unknown } | undefined;
            resolveVersion(typeof row?.value === 'number' ? row.value : undefined);
          };
          get.onerror = () => {
            db.close();
            resolveVersion(undefined);
          };
        };
      }),
  );
}

/** A made-up procedure in the national portal's own shapes: a list row and, optionally, a detail. */
export interface PortalProcedureFixture {
  code: string;
  name: string;
  /** The publishing body; a province's name here makes a SPECIFIC procedure that province's own. */
  publisher: string;
  type: 'STANDARD' | 'SPECIFIC';
  category: string;
  /** Written as a detail answer when given: isFullProcess and the submission methods. */
  detail?: { isFullProcess: boolean; submissionMethods: string[] };
}

/**
 * Writes the fixtures as the portal's files (catalog.jsonl + details/<code>.json) in a fresh
 * temp folder and returns its path. Invented records only: never the real portal data.
 */
export function writePortalFiles(fixtures: readonly PortalProcedureFixture[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'dvc-e2e-portal-'));
  mkdirSync(join(folder, 'details'));
  const rows = fixtures.map((f) =>
    JSON.stringify({
      id: `00000000-0000-4000-8000-${f.code.replace('.', '').padStart(12, '0')}`,
      code: f.code,
      name: f.name,
      categories: [f.category],
      departments: ['Sở Nội vụ'],
      departmentPromulgate: f.publisher,
      formalityTargetType: ['Công dân Việt Nam'],
      state: 'ACTIVE',
      type: f.type,
    }),
  );
  writeFileSync(join(folder, 'catalog.jsonl'), `${rows.join('\n')}\n`);
  for (const f of fixtures) {
    if (!f.detail) continue;
    const data = {
      code: f.code,
      name: f.name,
      type: f.type,
      isProvince: true,
      isFullProcess: f.detail.isFullProcess,
      executionMethods: f.detail.submissionMethods.map((method) => ({
        submissionMethod: method,
        processingTime: 3,
        processingTimeUnit: 'WORKING_DAY',
        fees: [],
      })),
      categoriesDetails: [{ name: f.category }],
      departmentPromulgateName: f.publisher,
    };
    writeFileSync(
      join(folder, 'details', `${f.code}.json`),
      JSON.stringify({ code: '0', message: 'success', data }),
    );
  }
  return folder;
}

/**
 * Runs the real importer (`src/server/cli.ts import`, what `npm run catalog:import` runs) on the
 * given paths against a server's data dir, and resolves with its report (stdout). Rejects with
 * the output when it exits non-zero.
 */
export async function runCatalogImport(
  dataDir: string,
  paths: readonly string[],
  env: Record<string, string> = {},
): Promise<string> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, DATA_DIR: dataDir };
  delete childEnv.VITEST;
  delete childEnv.VITEST_POOL_ID;
  delete childEnv.VITEST_WORKER_ID;
  return new Promise((resolveReport, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/server/cli.ts', 'import', ...paths],
      { cwd: REPO_ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      // 3: imported, with some records refused (the real files have one bad code, 1.014955-Xoa).
      if (code === IMPORT_EXIT.ok || code === IMPORT_EXIT.withProblems) resolveReport(output);
      else reject(new Error(`The import exited with ${code}:\n${output}`));
    });
  });
}
