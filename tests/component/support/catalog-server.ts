import type { Catalog } from '../../../src/domain/procedure.ts';

export interface FakeCatalogServer {
  fetch: typeof fetch;
  /** Requests the app made, for asserting conditional requests. */
  requests: { url: string; ifNoneMatch: string | null }[];
}

/**
 * Stands in for GET /api/catalog as the server answers it: the catalogue as JSON with
 * ETag "catalog-v<version>", 304 on a matching If-None-Match, 404 elsewhere. Only the network
 * is faked; the app's own code (sync, Dexie over fake-indexeddb) runs for real.
 */
export function fakeCatalogServer(catalog: Catalog): FakeCatalogServer {
  const requests: FakeCatalogServer['requests'] = [];
  const etag = `"catalog-v${catalog.version}"`;
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const ifNoneMatch = new Headers(init?.headers).get('If-None-Match');
    requests.push({ url, ifNoneMatch });
    const item = /\/api\/catalog\/([^/?]+)$/.exec(url);
    const procedure =
      item && catalog.procedures.find((p) => p.code === decodeURIComponent(item[1]!));
    if (procedure) return Response.json(procedure);
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
