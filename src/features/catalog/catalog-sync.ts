import type { z } from 'zod';
import {
  catalogDeltaEnvelopeSchema,
  catalogListEnvelopeSchema,
  procedureEntrySchema,
  type ProcedureEntry,
} from '../../domain/catalog-delta.ts';
import { procedureSchema, type Procedure } from '../../domain/procedure.ts';
import {
  applyCatalogDetailsDelta,
  applyCatalogListDelta,
  countProcedureDetails,
  countProcedures,
  getCatalogMeta,
  replaceCatalogDetails,
  replaceCatalogList,
  type CatalogDelta,
  type CatalogMeta,
  type CatalogPart,
} from '../../db/catalog.ts';

export const CATALOG_URL = '/api/catalog';
export const CATALOG_LIST_URL = '/api/catalog/list';

/**
 * What the last sync attempt found. `updated`/`current` = the stored copy matches the server;
 * `offline` = no connection; `failed` = the server answered with something unusable.
 * `hasLocalData` tells screens whether to show the stored copy or the empty-state message.
 */
export type CatalogSyncResult =
  | { status: 'updated' | 'current'; hasLocalData: true }
  | { status: 'offline' | 'failed'; hasLocalData: boolean };

/**
 * Refreshes the list (what search and the cards need; issue 14). A device that has a list asks
 * for what changed since its version (`?since=`, and If-None-Match: 304 while nothing did) and
 * applies just that; otherwise, or when the server sends the full list, replaces it.
 * Never throws: a failure keeps what is stored.
 */
export function syncCatalog(fetchImpl: typeof fetch = fetch): Promise<CatalogSyncResult> {
  return syncPart(LIST, fetchImpl);
}

/**
 * Refreshes the stored details (whole procedures) the same way: the whole catalogue the first
 * time, in the background for offline, then only what changed.
 */
export function syncCatalogDetails(fetchImpl: typeof fetch = fetch): Promise<CatalogSyncResult> {
  return syncPart(DETAILS, fetchImpl);
}

interface PartSync<T> {
  part: CatalogPart;
  url: string;
  count(): Promise<number>;
  item: z.ZodType<T>;
  replace(
    full: { version: number; updatedAt: string; procedures: T[] },
    etag?: string,
  ): Promise<void>;
  apply(delta: CatalogDelta<T>, etag?: string): Promise<boolean>;
}

const LIST: PartSync<ProcedureEntry> = {
  part: 'list',
  url: CATALOG_LIST_URL,
  count: countProcedures,
  item: procedureEntrySchema,
  replace: replaceCatalogList,
  apply: applyCatalogListDelta,
};

const DETAILS: PartSync<Procedure> = {
  part: 'details',
  url: CATALOG_URL,
  count: countProcedureDetails,
  item: procedureSchema,
  replace: replaceCatalogDetails,
  apply: applyCatalogDetailsDelta,
};

async function syncPart<T>(sync: PartSync<T>, fetchImpl: typeof fetch): Promise<CatalogSyncResult> {
  const [meta, count] = await Promise.all([getCatalogMeta(sync.part), sync.count()]);
  const stored: CatalogMeta | undefined = meta !== undefined && count > 0 ? meta : undefined;
  const hasLocalData = stored !== undefined;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (stored?.etag) headers['If-None-Match'] = stored.etag;
  const url = stored ? `${sync.url}?since=${stored.version}` : sync.url;

  let response: Response;
  try {
    response = await fetchImpl(url, { headers });
  } catch {
    return { status: 'offline', hasLocalData };
  }
  if (response.status === 304 && stored) return { status: 'current', hasLocalData: true };
  if (!response.ok) return { status: 'failed', hasLocalData };

  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { status: 'failed', hasLocalData };
  }
  const etag = response.headers.get('ETag') ?? undefined;
  try {
    const delta = catalogDeltaEnvelopeSchema.safeParse(body);
    if (delta.success && stored && delta.data.since === stored.version) {
      if (delta.data.version === stored.version) return { status: 'current', hasLocalData: true };
      const changed = parseItems(sync.item, delta.data.changed);
      if (!changed) return { status: 'failed', hasLocalData };
      const isApplied = await sync.apply({ ...delta.data, changed }, etag);
      return isApplied
        ? { status: 'updated', hasLocalData: true }
        : { status: 'failed', hasLocalData };
    }
    const full = parseFull(sync.item, body);
    if (!full) return { status: 'failed', hasLocalData };
    // An older catalogue than ours (a server restored from backup) is not a reason to go back.
    if (stored && full.version < stored.version) return { status: 'current', hasLocalData: true };
    await sync.replace(full, etag);
  } catch {
    // Quota or a closed database: keep the stored copy and say so.
    return { status: 'failed', hasLocalData };
  }
  return { status: 'updated', hasLocalData: true };
}

/**
 * Each item validated on its own: one malformed record (the national data has a few) should not
 * cost the citizen the other thousands. Undefined when none of a non-empty list is usable.
 */
function parseItems<T>(schema: z.ZodType<T>, items: readonly unknown[]): T[] | undefined {
  const parsed = items.flatMap((item) => {
    const result = schema.safeParse(item);
    return result.success ? [result.data] : [];
  });
  return parsed.length === 0 && items.length > 0 ? undefined : parsed;
}

function parseFull<T>(
  schema: z.ZodType<T>,
  body: unknown,
): { version: number; updatedAt: string; procedures: T[] } | undefined {
  const envelope = catalogListEnvelopeSchema.safeParse(body);
  if (!envelope.success) return undefined;
  const procedures = parseItems(schema, envelope.data.procedures);
  return procedures ? { ...envelope.data, procedures } : undefined;
}
