import { z } from 'zod';
import { catalogSchema, procedureSchema, type Catalog } from '../../domain/procedure.ts';
import { countProcedures, getCatalogMeta, replaceCatalog } from '../../db/catalog.ts';

export const CATALOG_URL = '/api/catalog';

/**
 * What the last sync attempt found. `updated`/`current` = the stored copy matches the server;
 * `offline` = no connection; `failed` = the server answered with something unusable.
 * `hasLocalData` tells screens whether to show the stored copy or the empty-state message.
 */
export type CatalogSyncResult =
  | { status: 'updated' | 'current'; hasLocalData: true }
  | { status: 'offline' | 'failed'; hasLocalData: boolean };

/**
 * Fetches the catalogue, conditionally when a copy is stored (the server answers 304 while its
 * version is unchanged), validates it, and replaces the stored copy in one transaction.
 * Never throws: a failure keeps what is stored.
 */
export async function syncCatalog(fetchImpl: typeof fetch = fetch): Promise<CatalogSyncResult> {
  const [meta, count] = await Promise.all([getCatalogMeta(), countProcedures()]);
  const hasLocalData = meta !== undefined && count > 0;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (hasLocalData && meta.etag) headers['If-None-Match'] = meta.etag;

  let response: Response;
  try {
    response = await fetchImpl(CATALOG_URL, { headers });
  } catch {
    return { status: 'offline', hasLocalData };
  }
  if (response.status === 304 && hasLocalData) return { status: 'current', hasLocalData: true };
  if (!response.ok) return { status: 'failed', hasLocalData };

  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { status: 'failed', hasLocalData };
  }
  const parsed = parseCatalog(body);
  if (!parsed.success) return { status: 'failed', hasLocalData };
  // An older catalogue than ours (a server restored from backup) is not a reason to go back.
  if (hasLocalData && parsed.data.version < meta.version) {
    return { status: 'current', hasLocalData: true };
  }
  try {
    await replaceCatalog(parsed.data, response.headers.get('ETag') ?? undefined);
  } catch {
    // Quota or a closed database: keep the stored copy and say so.
    return { status: 'failed', hasLocalData };
  }
  return { status: 'updated', hasLocalData: true };
}

const catalogEnvelopeSchema = catalogSchema.extend({ procedures: z.array(z.unknown()) });

/**
 * Validates the envelope strictly but each procedure on its own: one malformed record (the
 * national data has a few) should not cost the citizen the other thousands.
 */
export function parseCatalog(body: unknown): { success: true; data: Catalog } | { success: false } {
  const envelope = catalogEnvelopeSchema.safeParse(body);
  if (!envelope.success) return { success: false };
  const procedures = envelope.data.procedures.flatMap((item) => {
    const result = procedureSchema.safeParse(item);
    return result.success ? [result.data] : [];
  });
  if (procedures.length === 0 && envelope.data.procedures.length > 0) return { success: false };
  return { success: true, data: { ...envelope.data, procedures } };
}
