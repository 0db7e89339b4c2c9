import { toProcedureEntry } from '../../../src/domain/catalog-delta.ts';
import type { Catalog } from '../../../src/domain/procedure.ts';

export interface FakeCatalogServer {
  fetch: typeof fetch;
  /** Requests the app made, for asserting conditional requests. */
  requests: { url: string; ifNoneMatch: string | null }[];
}

/**
 * Stands in for GET /api/catalog and /api/catalog/list as the server answers them: the
 * catalogue (or its list) as JSON with ETag "catalog-v<version>" ("catalog-list-v<version>"),
 * 304 on a matching If-None-Match, the full answer to any `?since=` (as the real server does
 * when its change log cannot tell), 404 elsewhere. Only the network is faked; the app's own
 * code (sync, Dexie over fake-indexeddb) runs for real. Deltas are tested against the real
 * server (tests/unit/features/catalog-delta-sync.test.ts).
 */
export function fakeCatalogServer(catalog: Catalog): FakeCatalogServer {
  const requests: FakeCatalogServer['requests'] = [];
  const etag = `"catalog-v${catalog.version}"`;
  const listEtag = `"catalog-list-v${catalog.version}"`;
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = href.replace(/\?since=\d+$/, '');
    const ifNoneMatch = new Headers(init?.headers).get('If-None-Match');
    requests.push({ url, ifNoneMatch });
    const item = /\/api\/catalog\/([^/?]+)$/.exec(url);
    const procedure =
      item && catalog.procedures.find((p) => p.code === decodeURIComponent(item[1]!));
    if (procedure) return Response.json(procedure);
    if (url.endsWith('/api/catalog/list')) {
      if (ifNoneMatch === listEtag) {
        return new Response(null, { status: 304, headers: { ETag: listEtag } });
      }
      const list = { ...catalog, procedures: catalog.procedures.map(toProcedureEntry) };
      return Response.json(list, { headers: { ETag: listEtag } });
    }
    if (!url.endsWith('/api/catalog')) {
      return Response.json({ error: { code: 'not_found', message: 'Not found' } }, { status: 404 });
    }
    if (ifNoneMatch === etag) return new Response(null, { status: 304, headers: { ETag: etag } });
    return Response.json(catalog, { headers: { ETag: etag } });
  };
  return { fetch: fetchImpl, requests };
}

/** A network that is down: fetch rejects, as browsers do offline. */
export const offlineFetch: typeof fetch = async () => {
  throw new TypeError('Failed to fetch');
};
