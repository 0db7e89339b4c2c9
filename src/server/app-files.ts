import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendError } from './errors.ts';

/** Vite puts content-hashed files here: their URL changes whenever their content does. */
const HASHED_PREFIX = `${path.sep}assets${path.sep}`;

/**
 * Serves the built app from `root` (dist/) with a single-page-app fallback: any GET that is not
 * /api/ and not a file answers index.html, so a shared link like /procedures/1.001193 opens.
 * Unknown /api/ paths always answer a JSON 404, never the page.
 */
export async function registerAppFiles(app: FastifyInstance, root: string): Promise<void> {
  const hasApp = existsSync(path.join(root, 'index.html'));
  if (hasApp) {
    await app.register(fastifyStatic, {
      root,
      wildcard: true,
      index: ['index.html'],
      cacheControl: false,
      setHeaders(res, filePath) {
        // Hashed assets never change under one URL; everything else (index.html, sw.js, the
        // manifest) must be revalidated so a new deployment reaches phones on their next visit.
        const isHashed = path.resolve(filePath).startsWith(path.resolve(root) + HASHED_PREFIX);
        res.setHeader(
          'Cache-Control',
          isHashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    const isApi = pathname === '/api' || pathname.startsWith('/api/');
    if (isApi || !hasApp || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return sendError(reply, 404, 'not_found', `Nothing at ${request.method} ${pathname}.`);
    }
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });
}
