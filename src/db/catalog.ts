import { toProcedureEntry, type ProcedureEntry } from '../domain/catalog-delta.ts';
import type { Catalog, Procedure } from '../domain/procedure.ts';
import { getDatabase } from './database.ts';
import { SETTING_KEYS } from './settings.ts';

/** What the device knows about a stored copy (the list, or the details) of the catalogue. */
export interface CatalogMeta {
  version: number;
  updatedAt: string;
  /** The server's ETag for this version, sent back as If-None-Match. */
  etag?: string;
}

/** A stored copy: the list (catalogEntries) or the details (procedures). */
export type CatalogPart = 'list' | 'details';

const META_KEYS: Record<CatalogPart, [string, string, string]> = {
  list: [
    SETTING_KEYS.catalogListVersion,
    SETTING_KEYS.catalogListUpdatedAt,
    SETTING_KEYS.catalogListEtag,
  ],
  details: [SETTING_KEYS.catalogVersion, SETTING_KEYS.catalogUpdatedAt, SETTING_KEYS.catalogEtag],
};

/** The list's meta: the device has the complete list of this version. */
export async function getCatalogMeta(part: CatalogPart = 'list'): Promise<CatalogMeta | undefined> {
  const rows = await getDatabase().settings.bulkGet(META_KEYS[part]);
  return toCatalogMeta(rows.map((r) => r?.value));
}

/** Stored values may come from an older app version: accept only well-formed ones. */
export function toCatalogMeta(values: unknown[]): CatalogMeta | undefined {
  const [version, updatedAt, etag] = values;
  if (typeof version !== 'number' || typeof updatedAt !== 'string') return undefined;
  return typeof etag === 'string' ? { version, updatedAt, etag } : { version, updatedAt };
}

function metaRows(part: CatalogPart, meta: { version: number; updatedAt: string }, etag?: string) {
  const [version, updatedAt, etagKey] = META_KEYS[part];
  return [
    { key: version, value: meta.version },
    { key: updatedAt, value: meta.updatedAt },
    { key: etagKey, value: etag },
  ];
}

/**
 * Replaces the whole stored catalogue, details and list, in one transaction, so a reader never
 * sees half of an old version mixed with half of a new one, and a failed write keeps what was
 * there.
 */
export async function replaceCatalog(catalog: Catalog, etag?: string): Promise<void> {
  const db = getDatabase();
  await db.transaction('rw', db.procedures, db.catalogEntries, db.settings, async () => {
    await db.procedures.clear();
    await db.procedures.bulkPut(catalog.procedures);
    await db.catalogEntries.clear();
    await db.catalogEntries.bulkPut(catalog.procedures.map(toProcedureEntry));
    await db.settings.bulkPut([
      ...metaRows('details', catalog, etag),
      // The list's own ETag is another tag: the next list request asks by version instead.
      ...metaRows('list', catalog),
    ]);
  });
}

/** Replaces the stored list; details of procedures no longer listed go with them. */
export async function replaceCatalogList(
  list: { version: number; updatedAt: string; procedures: ProcedureEntry[] },
  etag?: string,
): Promise<void> {
  const db = getDatabase();
  await db.transaction('rw', db.procedures, db.catalogEntries, db.settings, async () => {
    await db.catalogEntries.clear();
    await db.catalogEntries.bulkPut(list.procedures);
    const listed = new Set(list.procedures.map((p) => p.code));
    await db.procedures.filter((p) => !listed.has(p.code)).delete();
    await db.settings.bulkPut(metaRows('list', list, etag));
  });
}

/** What a `?since=` answer carries, validated. */
export interface CatalogDelta<T> {
  version: number;
  updatedAt: string;
  since: number;
  changed: T[];
  removed: string[];
}

/**
 * Applies a list delta in one transaction, only onto the version it was made from (another tab
 * may have moved on meanwhile): false when the stored list is not that version.
 */
export async function applyCatalogListDelta(
  delta: CatalogDelta<ProcedureEntry>,
  etag?: string,
): Promise<boolean> {
  const db = getDatabase();
  return db.transaction('rw', db.procedures, db.catalogEntries, db.settings, async () => {
    if ((await getCatalogMeta('list'))?.version !== delta.since) return false;
    await db.catalogEntries.bulkDelete(delta.removed);
    await db.procedures.bulkDelete(delta.removed);
    await db.catalogEntries.bulkPut(delta.changed);
    await db.settings.bulkPut(metaRows('list', delta, etag));
    return true;
  });
}

/** Replaces the stored details with the whole catalogue (the background download). */
export async function replaceCatalogDetails(catalog: Catalog, etag?: string): Promise<void> {
  const db = getDatabase();
  await db.transaction('rw', db.procedures, db.settings, async () => {
    await db.procedures.clear();
    await db.procedures.bulkPut(catalog.procedures);
    await db.settings.bulkPut(metaRows('details', catalog, etag));
  });
}

/** Applies a details delta onto the version it was made from; false when that is not stored. */
export async function applyCatalogDetailsDelta(
  delta: CatalogDelta<Procedure>,
  etag?: string,
): Promise<boolean> {
  const db = getDatabase();
  return db.transaction('rw', db.procedures, db.settings, async () => {
    if ((await getCatalogMeta('details'))?.version !== delta.since) return false;
    await db.procedures.bulkDelete(delta.removed);
    await db.procedures.bulkPut(delta.changed);
    await db.settings.bulkPut(metaRows('details', delta, etag));
    return true;
  });
}

/**
 * Keeps one procedure the server sent on demand (a link opened before the details arrived), so
 * the page opens offline next time. The background download replaces it with its own version.
 */
export async function storeProcedureDetail(procedure: Procedure): Promise<void> {
  await getDatabase().procedures.put(procedure);
}

export async function getProcedure(code: string): Promise<Procedure | undefined> {
  return getDatabase().procedures.get(code);
}

export async function getProcedureEntry(code: string): Promise<ProcedureEntry | undefined> {
  return getDatabase().catalogEntries.get(code);
}

export async function getAllProcedures(): Promise<Procedure[]> {
  return getDatabase().procedures.toArray();
}

/** Entries per read of `readAllEntriesInPages`: a few ms of a cheap phone each. */
const READ_PAGE_SIZE = 500;

/**
 * Every listed procedure, read a page at a time with `pause` between pages, so reading
 * thousands of entries never blocks the page in one long task. When a new list is written
 * meanwhile (the refresh runs in a worker), the read starts again: the result is one version,
 * never a mix.
 */
export async function readAllEntriesInPages(
  pause: () => Promise<void>,
): Promise<{ version: number | undefined; procedures: ProcedureEntry[] }> {
  const table = getDatabase().catalogEntries;
  for (;;) {
    const version = (await getCatalogMeta())?.version;
    const procedures: ProcedureEntry[] = [];
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

/** How many procedures the stored list has. */
export async function countProcedures(): Promise<number> {
  return getDatabase().catalogEntries.count();
}

/** How many whole procedures are stored (the details kept for offline). */
export async function countProcedureDetails(): Promise<number> {
  return getDatabase().procedures.count();
}
