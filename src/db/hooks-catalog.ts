import { useLiveQuery } from 'dexie-react-hooks';
import type { Procedure } from '../domain/procedure.ts';
import { getCatalogMeta, getProcedure, type CatalogMeta } from './catalog.ts';
import { getDatabase } from './database.ts';
import { getSetting } from './settings.ts';

/**
 * Hooks components read the catalogue through. `undefined` means "still loading"; the
 * not-found and empty states have their own values so screens can tell them apart.
 */

export function useAllProcedures(): Procedure[] | undefined {
  return useLiveQuery(() => getDatabase().procedures.toArray(), []);
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
