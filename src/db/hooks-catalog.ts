import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ProcedureEntry } from '../domain/catalog-delta.ts';
import type { Procedure } from '../domain/procedure.ts';
import {
  countProcedures,
  getCatalogMeta,
  getProcedure,
  getProcedureEntry,
  readAllEntriesInPages,
  type CatalogMeta,
} from './catalog.ts';
import { getSetting } from './settings.ts';

/**
 * Hooks components read the catalogue through. `undefined` means "still loading"; the
 * not-found and empty states have their own values so screens can tell them apart.
 */

/**
 * Every listed procedure (its entry: what search and the cards need), read again when the
 * stored list changes, in pages that leave the page responsive. The previous list stays until
 * the next one is read.
 */
export function useCatalogEntries(): ProcedureEntry[] | undefined {
  const stamp = useLiveQuery(
    async () => `${(await getCatalogMeta())?.version ?? 'none'}:${await countProcedures()}`,
    [],
  );
  const [read, setRead] = useState<ProcedureEntry[]>();
  useEffect(() => {
    if (stamp === undefined) return;
    let isCurrent = true;
    void readAllEntriesInPages(yieldToPage).then(({ procedures }) => {
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

/** The whole procedure stored on the device; `null` when its details are not stored. */
export function useProcedure(code: string | undefined): Procedure | null | undefined {
  return useLiveQuery(async () => (code ? ((await getProcedure(code)) ?? null) : null), [code]);
}

/** The procedure's entry in the stored list; `null` when the list has no such code. */
export function useProcedureEntry(code: string): ProcedureEntry | null | undefined {
  return useLiveQuery(async () => (await getProcedureEntry(code)) ?? null, [code]);
}

/** The stored list's version; `null` when the device has no complete list yet. */
export function useCatalogMeta(): CatalogMeta | null | undefined {
  return useLiveQuery(async () => (await getCatalogMeta()) ?? null, []);
}

/** A settings value, live; `undefined` while loading or when unset. */
export function useSetting(key: string): { isLoaded: boolean; value: unknown } {
  const result = useLiveQuery(async () => ({ value: await getSetting(key) }), [key]);
  return { isLoaded: result !== undefined, value: result?.value };
}
