import { createContext } from 'react';
import type { CatalogSyncResult } from './catalog-sync.ts';
import type { ProcedureSearch } from '../../domain/search/index.ts';
import type { ProcedureFamily } from '../../domain/procedure-family.ts';
import type { ProcedureEntry } from '../../domain/catalog-delta.ts';

export type CatalogSyncState = { status: 'syncing' } | CatalogSyncResult;

export interface CatalogContextValue {
  sync: CatalogSyncState;
  /** Undefined while the stored catalogue is being read and indexed. */
  search: ProcedureSearch | undefined;
  /** Procedures stored on the device; undefined while they are being read. */
  procedureCount: number | undefined;
  /** Code → the procedure's family (issue 12); undefined while the catalogue is read. */
  families?: ReadonlyMap<string, ProcedureFamily<ProcedureEntry>>;
  retry: () => void;
}

export const CatalogContext = createContext<CatalogContextValue | null>(null);
