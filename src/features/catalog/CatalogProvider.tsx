import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ProcedureEntry } from '../../domain/catalog-delta.ts';
import { useCatalogEntries } from '../../db/hooks-catalog.ts';
import { familiesByCode, groupFamilies } from '../../domain/procedure-family.ts';
import { CatalogContext, type CatalogSyncState } from './catalog-context.ts';
import { buildProcedureSearchAsync, type ProcedureSearch } from '../../domain/search/index.ts';

/**
 * Holds the catalogue for the whole app: reads the stored copy at once (so the app works
 * offline), refreshes it from the server in the background, and builds the search index once
 * per stored version rather than on every visit to the search page.
 */
export function CatalogProvider({ children }: { children: ReactNode }) {
  const procedures = useCatalogEntries();
  const search = useSearchIndex(procedures);
  // Versions of one procedure (issue 12): the card and the page show the family, not a copy.
  const families = useMemo(
    () => (procedures ? familiesByCode(groupFamilies(procedures)) : undefined),
    [procedures],
  );
  const [sync, setSync] = useState<CatalogSyncState>({ status: 'syncing' });
  // A refresh may end after the provider unmounted: its result then has nowhere to go.
  const mounted = useRef(true);

  const runSync = useCallback(() => {
    setSync({ status: 'syncing' });
    void import('./catalog-sync-client.ts')
      .then(({ syncCatalogInBackground }) => syncCatalogInBackground())
      .then((state) => {
        if (mounted.current) setSync(state);
        // The provinces' lists follow the catalogue (issue 12): their own small request.
        void import('./province-lists-sync.ts').then(({ syncProvinceLists }) =>
          syncProvinceLists(),
        );
      });
  }, []);

  useEffect(() => {
    mounted.current = true;
    runSync();
    // A connection coming back is the moment to fetch what the offline start could not.
    window.addEventListener('online', runSync);
    return () => {
      mounted.current = false;
      window.removeEventListener('online', runSync);
    };
  }, [runSync]);

  const value = useMemo(
    () => ({ sync, search, families, procedureCount: procedures?.length, retry: runSync }),
    [sync, search, families, procedures, runSync],
  );
  return <CatalogContext.Provider value={value}>{children}</CatalogContext.Provider>;
}

/**
 * The index for the stored catalogue, rebuilt only when the stored procedures change (a new
 * version). While a new one builds, the previous index keeps answering.
 */
function useSearchIndex(
  procedures: readonly ProcedureEntry[] | undefined,
): ProcedureSearch | undefined {
  const [search, setSearch] = useState<ProcedureSearch>();
  useEffect(() => {
    if (!procedures) return;
    let isCurrent = true;
    void buildProcedureSearchAsync(procedures).then((built) => {
      if (isCurrent) setSearch(built);
    });
    return () => {
      isCurrent = false;
    };
  }, [procedures]);
  return search;
}
