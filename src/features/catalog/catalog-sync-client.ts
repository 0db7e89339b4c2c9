import { wrap, type Remote } from 'comlink';
import type { CatalogSyncResult } from './catalog-sync.ts';
import type { CatalogWorkerApi } from './catalog.worker.ts';

let worker: { api: Remote<CatalogWorkerApi>; failed: Promise<never> } | undefined;

function startWorker(): NonNullable<typeof worker> {
  const instance = new Worker(new URL('./catalog.worker.ts', import.meta.url), {
    type: 'module',
    name: 'catalog',
  });
  // A worker that cannot start (an old browser without module workers, a blocked script)
  // never answers: its error event is the only sign, so a call races against it.
  const failed = new Promise<never>((_, reject) => {
    instance.addEventListener('error', (event) => {
      event.preventDefault();
      reject(new Error(`catalogue worker failed: ${event.message}`));
    });
  });
  failed.catch(() => undefined);
  return { api: wrap<CatalogWorkerApi>(instance), failed };
}

type Job = keyof CatalogWorkerApi;

async function runOnMainThread(job: Job): Promise<CatalogSyncResult> {
  // Loaded on demand: validating the catalogue needs zod, which the first screen does without.
  const sync = await import('./catalog-sync.ts');
  return sync[job]();
}

/** The job in the worker where the browser has them, on the main thread otherwise. */
async function run(job: Job): Promise<CatalogSyncResult> {
  if (typeof Worker === 'undefined') return runOnMainThread(job);
  try {
    worker ??= startWorker();
    return await Promise.race([worker.api[job](), worker.failed]);
  } catch {
    worker = undefined;
    return runOnMainThread(job);
  }
}

/** The details download in progress, so two refreshes never download them twice at once. */
let details: Promise<CatalogSyncResult> | undefined;

/**
 * Refreshes the stored list of procedures (what search and the cards need) in a Web Worker
 * where the browser has them, on the main thread otherwise (and in tests without workers); then,
 * without waiting, the details of every procedure for offline use. Same answer either way;
 * never throws. The answer is the list's: the screens need nothing more to work.
 */
export async function syncCatalogInBackground(): Promise<CatalogSyncResult> {
  const result = await run('syncCatalog');
  if (result.status === 'updated' || result.status === 'current') void syncDetailsInBackground();
  return result;
}

/** The details refresh alone (tests and the list refresh above wait on it through this). */
export function syncDetailsInBackground(): Promise<CatalogSyncResult> {
  details ??= run('syncCatalogDetails').finally(() => {
    details = undefined;
  });
  return details;
}
