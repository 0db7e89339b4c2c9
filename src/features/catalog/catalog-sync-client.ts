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

async function syncOnMainThread(): Promise<CatalogSyncResult> {
  // Loaded on demand: validating the catalogue needs zod, which the first screen does without.
  const { syncCatalog } = await import('./catalog-sync.ts');
  return syncCatalog();
}

/**
 * Refreshes the stored catalogue in a Web Worker where the browser has them, on the main thread
 * otherwise (and in tests without workers). Same answer either way; never throws.
 */
export async function syncCatalogInBackground(): Promise<CatalogSyncResult> {
  if (typeof Worker === 'undefined') return syncOnMainThread();
  try {
    worker ??= startWorker();
    return await Promise.race([worker.api.syncCatalog(), worker.failed]);
  } catch {
    worker = undefined;
    return syncOnMainThread();
  }
}
