import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { sinceParamSchema, toProcedureEntry } from '../../domain/catalog-delta.ts';
import { PROCEDURE_CODE_PATTERN, type Catalog, type Procedure } from '../../domain/procedure.ts';
import { sendError } from '../errors.ts';
import type { CatalogStore, Storage } from '../storage/types.ts';
import { CatalogBodyCache, chooseEncoding } from './catalog-body.ts';

export interface CatalogRoutesOptions {
  storage: Storage;
}

export function catalogEtag(version: number): string {
  return `"catalog-v${version}"`;
}

export function catalogListEtag(version: number): string {
  return `"catalog-list-v${version}"`;
}

type SinceQuery = { Querystring: { since?: string } };

/**
 * GET /api/catalog (every procedure whole) and GET /api/catalog/list (what search and the cards
 * need, issue 14): versioned, ETag → 304, compressed; `?since=<version>` answers only what was
 * added, changed or removed after that version, or the full answer when the change log cannot
 * tell. GET /api/catalog/:code: one procedure whole.
 */
export const catalogRoutes: FastifyPluginAsync<CatalogRoutesOptions> = async (app, { storage }) => {
  const full = new CatalogBodyCache(storage.catalog);
  const list = new CatalogBodyCache(storage.catalog, (catalog: Catalog) => ({
    version: catalog.version,
    updatedAt: catalog.updatedAt,
    procedures: catalog.procedures.map(toProcedureEntry),
  }));
  const serve =
    (cache: CatalogBodyCache, etagOf: (v: number) => string, toItem: ItemShape) =>
    async (request: FastifyRequest<SinceQuery>, reply: FastifyReply) =>
      serveCatalog(storage.catalog, cache, etagOf, toItem, request, reply);

  app.get<SinceQuery>(
    '/api/catalog',
    serve(full, catalogEtag, (p) => p),
  );
  app.get<SinceQuery>('/api/catalog/list', serve(list, catalogListEtag, toProcedureEntry));

  app.get<{ Params: { code: string } }>('/api/catalog/:code', async (request, reply) => {
    const { code } = request.params;
    if (!PROCEDURE_CODE_PATTERN.test(code)) {
      return sendError(
        reply,
        400,
        'bad_request',
        'A procedure code looks like 1.001193 (digits, a dot, 6 to 9 digits).',
      );
    }
    const procedure = await storage.catalog.get(code);
    if (!procedure) return sendError(reply, 404, 'not_found', `No procedure has code ${code}.`);
    return reply.header('Cache-Control', 'no-cache').send(procedure);
  });
};

type ItemShape = (procedure: Procedure) => unknown;

async function serveCatalog(
  store: CatalogStore,
  cache: CatalogBodyCache,
  etagOf: (version: number) => string,
  toItem: ItemShape,
  request: FastifyRequest<SinceQuery>,
  reply: FastifyReply,
) {
  const since =
    request.query.since === undefined ? undefined : sinceParamSchema.safeParse(request.query.since);
  if (since && !since.success) {
    return sendError(reply, 400, 'bad_request', 'since must be a catalogue version (a number).');
  }
  const meta = await store.meta();
  // no-cache = "store it, but ask every time": a revalidation costs a 304 of a few bytes.
  reply.header('Cache-Control', 'no-cache').header('Vary', 'Accept-Encoding');
  if (!meta) return sendError(reply, 404, 'not_found', 'No catalogue has been imported yet.');
  if (matchesEtag(request.headers['if-none-match'], etagOf(meta.version))) {
    return reply.header('ETag', etagOf(meta.version)).code(304).send();
  }
  if (since) {
    const changes = await store.changesSince(since.data);
    if (changes?.kind === 'delta') {
      // Small bodies: compressed per request by @fastify/compress, never cached.
      return reply.header('ETag', etagOf(changes.version)).send({
        version: changes.version,
        updatedAt: changes.updatedAt,
        since: since.data,
        changed: changes.changed.map(toItem),
        removed: changes.removed,
      });
    }
  }
  const encoding = chooseEncoding(request.headers['accept-encoding']);
  const found = await cache.body(meta.version, encoding);
  if (!found) return sendError(reply, 404, 'not_found', 'No catalogue has been imported yet.');
  reply.header('ETag', etagOf(found.version)).type('application/json; charset=utf-8');
  // Setting Content-Encoding tells @fastify/compress the body is already compressed.
  if (encoding !== 'identity') reply.header('Content-Encoding', encoding);
  return reply.send(found.body);
}

/** If-None-Match may list several tags or "*"; W/ (weak) tags match too (RFC 9110 §13.1.2). */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}
