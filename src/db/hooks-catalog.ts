import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Procedure } from '../domain/procedure.ts';
import {
  countProcedures,
  getCatalogMeta,
  getProcedure,
  readAllProceduresInPages,
  type CatalogMeta,
} from './catalog.ts';
import { getSetting } from './settings.ts';

/**
 * Hooks components read the catalogue through. `undefined` means "still loading"; the
 * not-found and empty states have their own values so screens can tell them apart.
 */

/**
 * Every stored procedure, read again when the stored version changes (or the store empties), in
 * pages that leave the page responsive. The previous list stays until the next one is read.
 */
export function useAllProcedures(): Procedure[] | undefined {
  const stamp = useLiveQuery(
    async () => `${(await getCatalogMeta())?.version ?? 'none'}:${await countProcedures()}`,
    [],
  );
  const [read, setRead] = useState<Procedure[]>();
  useEffect(() => {
    if (stamp === undefined) return;
    let isCurrent = true;
    void readAllProceduresInPages(yieldToPage).then(({ procedures }) => {
      if (isCurrent) setRead(procedures);
    });
    return () => {
      isCurrent = false;
    };
  }, [stamp]);
  return read;
}

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** `null` when no procedure has this code. */
export function useProcedure(code: string | undefined): Procedure | null | undefined {
  return useLiveQuery(async () => (code ? ((await getProcedure(code)) ?? null) : null), [code]);
}

/** `null` when the device has no catalogue yet. */
export function useCatalogMeta(): CatalogMeta | null | undefined {
  return useLiveQuery(async () => (await getCatalogMeta()) ?? null, []);
}

/** A settings value, live; `undefined` while loading or when unset. */
export function useSetting(key: string): { isLoaded: boolean; value: unknown } {
  const result = useLiveQuery(async () => ({ value: await getSetting(key) }), [key]);
  return { isLoaded: result !== undefined, value: result?.value };
}
