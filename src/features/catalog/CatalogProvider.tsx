import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useAllProcedures } from '../../db/hooks-catalog.ts';
import { CatalogContext, type CatalogSyncState } from './catalog-context.ts';
import { syncCatalog } from './catalog-sync.ts';
import { buildProcedureSearch } from './search-index.ts';

/**
 * Holds the catalogue for the whole app: reads the stored copy at once (so the app works
 * offline), refreshes it from the server in the background, and builds the search index once
 * per stored version rather than on every visit to the search page.
 */
export function CatalogProvider({ children }: { children: ReactNode }) {
  const procedures = useAllProcedures();
  const search = useMemo(
    () => (procedures ? buildProcedureSearch(procedures) : undefined),
    [procedures],
  );
  const [sync, setSync] = useState<CatalogSyncState>({ status: 'syncing' });

  const runSync = useCallback(() => {
    setSync({ status: 'syncing' });
    void syncCatalog().then(setSync);
  }, []);

  useEffect(() => {
    runSync();
    // A connection coming back is the moment to fetch what the offline start could not.
    window.addEventListener('online', runSync);
    return () => window.removeEventListener('online', runSync);
  }, [runSync]);

  const value = useMemo(() => ({ sync, search, retry: runSync }), [sync, search, runSync]);
  return <CatalogContext.Provider value={value}>{children}</CatalogContext.Provider>;
}
