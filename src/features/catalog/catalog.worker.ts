/// <reference lib="webworker" />
import '../../app/zod-config.ts';
import { expose } from 'comlink';
import { syncCatalog, syncCatalogDetails } from './catalog-sync.ts';

/**
 * The catalogue's heavy work, off the page's main thread: the download, parsing megabytes of
 * JSON, validating thousands of procedures and writing them to IndexedDB took seconds of one
 * task on a cheap phone (issue 14). Dexie's live queries on the page hear of the write through
 * its cross-context change events, as they do for another tab.
 */
const api = {
  syncCatalog: () => syncCatalog(),
  syncCatalogDetails: () => syncCatalogDetails(),
};

export type CatalogWorkerApi = typeof api;

expose(api);
