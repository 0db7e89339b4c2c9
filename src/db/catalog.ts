import type { Catalog, Procedure } from '../domain/procedure.ts';
import { getDatabase } from './database.ts';
import { SETTING_KEYS } from './settings.ts';

/** What the device knows about its stored copy of the catalogue. */
export interface CatalogMeta {
  version: number;
  updatedAt: string;
  /** The server's ETag for this version, sent back as If-None-Match. */
  etag?: string;
}

export async function getCatalogMeta(): Promise<CatalogMeta | undefined> {
  const rows = await getDatabase().settings.bulkGet([
    SETTING_KEYS.catalogVersion,
    SETTING_KEYS.catalogUpdatedAt,
    SETTING_KEYS.catalogEtag,
  ]);
  return toCatalogMeta(rows.map((r) => r?.value));
}

/** Stored values may come from an older app version: accept only well-formed ones. */
export function toCatalogMeta(values: unknown[]): CatalogMeta | undefined {
  const [version, updatedAt, etag] = values;
  if (typeof version !== 'number' || typeof updatedAt !== 'string') return undefined;
  return typeof etag === 'string' ? { version, updatedAt, etag } : { version, updatedAt };
}

/**
 * Replaces the stored catalogue in one transaction, so a reader never sees half of an old
 * version mixed with half of a new one, and a failed write keeps what was there.
 */
export async function replaceCatalog(catalog: Catalog, etag?: string): Promise<void> {
  const db = getDatabase();
  await db.transaction('rw', db.procedures, db.settings, async () => {
    await db.procedures.clear();
    await db.procedures.bulkPut(catalog.procedures);
    await db.settings.bulkPut([
      { key: SETTING_KEYS.catalogVersion, value: catalog.version },
      { key: SETTING_KEYS.catalogUpdatedAt, value: catalog.updatedAt },
      { key: SETTING_KEYS.catalogEtag, value: etag },
    ]);
  });
}

export async function getProcedure(code: string): Promise<Procedure | undefined> {
  return getDatabase().procedures.get(code);
}

export async function getAllProcedures(): Promise<Procedure[]> {
  return getDatabase().procedures.toArray();
}

/** Procedures per read of `readAllProceduresInPages`: about 50 ms of a cheap phone each. */
const READ_PAGE_SIZE = 200;

/**
 * Every stored procedure, read a page at a time with `pause` between pages, so reading
 * thousands of full records never blocks the page in one long task. When a new version is
 * written meanwhile (the refresh runs in a worker), the read starts again: the result is one
 * version, never a mix.
 */
export async function readAllProceduresInPages(
  pause: () => Promise<void>,
): Promise<{ version: number | undefined; procedures: Procedure[] }> {
  const table = getDatabase().procedures;
  for (;;) {
    const version = (await getCatalogMeta())?.version;
    const procedures: Procedure[] = [];
    let last: string | undefined;
    for (;;) {
      const query = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
      const page = await query.limit(READ_PAGE_SIZE).toArray();
      procedures.push(...page);
      if (page.length < READ_PAGE_SIZE) break;
      last = page[page.length - 1]?.code;
      await pause();
    }
    if ((await getCatalogMeta())?.version === version) return { version, procedures };
  }
}

export async function countProcedures(): Promise<number> {
  return getDatabase().procedures.count();
}
