import type { FastifyPluginAsync } from 'fastify';
import { PROCEDURE_CODE_PATTERN } from '../../domain/procedure.ts';
import { sendError } from '../errors.ts';
import type { Storage } from '../storage/types.ts';
import { CatalogBodyCache, chooseEncoding } from './catalog-body.ts';

export interface CatalogRoutesOptions {
  storage: Storage;
}

export function catalogEtag(version: number): string {
  return `"catalog-v${version}"`;
}

/** GET /api/catalog (versioned, ETag → 304, compressed) and GET /api/catalog/:code. */
export const catalogRoutes: FastifyPluginAsync<CatalogRoutesOptions> = async (app, { storage }) => {
  const cache = new CatalogBodyCache(storage.catalog);

  app.get('/api/catalog', async (request, reply) => {
    const meta = await storage.catalog.meta();
    // no-cache = "store it, but ask every time": a revalidation costs a 304 of a few bytes.
    reply.header('Cache-Control', 'no-cache').header('Vary', 'Accept-Encoding');
    if (!meta) return sendError(reply, 404, 'not_found', 'No catalogue has been imported yet.');
    if (matchesEtag(request.headers['if-none-match'], catalogEtag(meta.version))) {
      return reply.header('ETag', catalogEtag(meta.version)).code(304).send();
    }
    const encoding = chooseEncoding(request.headers['accept-encoding']);
    const found = await cache.body(meta.version, encoding);
    if (!found) return sendError(reply, 404, 'not_found', 'No catalogue has been imported yet.');
    reply.header('ETag', catalogEtag(found.version)).type('application/json; charset=utf-8');
    // Setting Content-Encoding tells @fastify/compress the body is already compressed.
    if (encoding !== 'identity') reply.header('Content-Encoding', encoding);
    return reply.send(found.body);
  });

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

/** If-None-Match may list several tags or "*"; W/ (weak) tags match too (RFC 9110 §13.1.2). */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}
