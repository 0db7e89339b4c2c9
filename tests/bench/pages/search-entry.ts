import { replaceCatalog } from '../../../src/db/catalog.ts';
import { getDatabase } from '../../../src/db/database.ts';
import { syncCatalog } from '../../../src/features/catalog/catalog-sync.ts';
import {
  buildProcedureSearchAsync,
  type ProcedureSearch,
} from '../../../src/domain/search/index.ts';
import { syntheticCatalog } from './synthetic-catalog.ts';

/**
 * Bench page for search: the app's own catalogue storage, sync and index, driven from the
 * runner through window.bench. Loading the index is timed the way the app starts: read every
 * stored procedure from IndexedDB, then build the index in chunks (CatalogProvider does both).
 */
let search: ProcedureSearch | undefined;

const bench = {
  /** Stores the server's catalogue through the app's sync (GET /api/catalog → Dexie). */
  async storeServerCatalog(): Promise<number> {
    const result = await syncCatalog();
    if (result.status !== 'updated' && result.status !== 'current') {
      throw new Error(`catalogue sync ended ${result.status}`);
    }
    return getDatabase().procedures.count();
  },
  async storeSyntheticCatalog(count: number): Promise<number> {
    await replaceCatalog(syntheticCatalog(count));
    return getDatabase().procedures.count();
  },
  /** ms to read the stored catalogue and build the index; the index is kept for queries. */
  async loadIndex(): Promise<{ ms: number; count: number }> {
    const start = performance.now();
    const procedures = await getDatabase().procedures.toArray();
    search = await buildProcedureSearchAsync(procedures);
    return { ms: performance.now() - start, count: procedures.length };
  },
  /** ms per query, in order; `found` guards against a silently empty index. */
  runQueries(queries: readonly string[]): { times: number[]; found: number } {
    if (!search) throw new Error('loadIndex first');
    const times: number[] = [];
    let found = 0;
    for (const query of queries) {
      const start = performance.now();
      const results = search.search(query);
      times.push(performance.now() - start);
      if (results.length > 0) found += 1;
    }
    return { times, found };
  },
};

Object.assign(window, { bench, benchReady: true });
