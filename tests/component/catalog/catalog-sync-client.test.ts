import { afterEach, describe, expect, it, vi } from 'vitest';
import { countProcedures } from '../../../src/db/catalog.ts';
import { syncCatalogInBackground } from '../../../src/features/catalog/catalog-sync-client.ts';
import { fakeCatalogServer } from '../support/catalog-server.ts';
import { civilStatusProcedures, makeCatalog } from '../support/factories.ts';
import { freshDatabase } from '../support/render.tsx';

/** A worker whose script cannot load: browsers then fire `error` on it and nothing else. */
class BrokenWorker extends EventTarget {
  constructor() {
    super();
    setTimeout(() => this.dispatchEvent(new ErrorEvent('error', { message: 'blocked' })), 0);
  }
  postMessage(): void {}
  terminate(): void {}
}

describe('the catalogue refresh off the main thread', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('refreshes on the page itself where there are no workers', async () => {
    freshDatabase();
    vi.stubGlobal('Worker', undefined);
    vi.stubGlobal('fetch', fakeCatalogServer(makeCatalog(civilStatusProcedures())).fetch);
    expect(await syncCatalogInBackground()).toEqual({ status: 'updated', hasLocalData: true });
    expect(await countProcedures()).toBe(civilStatusProcedures().length);
  });

  it('falls back to the page when the worker cannot start, instead of waiting for ever', async () => {
    freshDatabase();
    vi.stubGlobal('Worker', BrokenWorker);
    vi.stubGlobal('fetch', fakeCatalogServer(makeCatalog(civilStatusProcedures())).fetch);
    expect(await syncCatalogInBackground()).toEqual({ status: 'updated', hasLocalData: true });
    expect(await countProcedures()).toBe(civilStatusProcedures().length);
  });
});
