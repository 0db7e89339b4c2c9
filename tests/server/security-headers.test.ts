import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../src/server/security-headers.ts';
import { createTestApp, makeTempDir, openTempSqliteStorage } from './support/storage.ts';

describe('security headers', () => {
  let app: FastifyInstance;
  let close: () => Promise<void>;
  const dist = makeTempDir('dvc-dist-');

  beforeAll(async () => {
    // A tiny built app: index.html, a hashed asset and the service worker.
    mkdirSync(path.join(dist.dir, 'assets'));
    writeFileSync(
      path.join(dist.dir, 'index.html'),
      '<!doctype html><script type="module" src="/assets/app.js"></script>',
    );
    writeFileSync(path.join(dist.dir, 'assets', 'app.js'), 'export {};');
    writeFileSync(path.join(dist.dir, 'sw.js'), 'self.skipWaiting();');
    const opened = await openTempSqliteStorage();
    close = opened.close;
    app = await createTestApp(opened.storage, { staticRoot: dist.dir });
  });

  afterAll(async () => {
    await app.close();
    await close();
    dist.cleanup();
  });

  const cases: { name: string; method: 'GET' | 'POST'; url: string; status?: number }[] = [
    { name: 'health (API)', method: 'GET', url: '/api/health', status: 200 },
    { name: 'catalogue (API)', method: 'GET', url: '/api/catalog' },
    {
      name: 'unknown procedure (API 404)',
      method: 'GET',
      url: '/api/catalog/9.999999',
      status: 404,
    },
    { name: 'unknown API path (404)', method: 'GET', url: '/api/nope', status: 404 },
    { name: 'bad JSON body (400 error)', method: 'POST', url: '/api/kiosks' },
    { name: 'index.html', method: 'GET', url: '/', status: 200 },
    { name: 'SPA fallback', method: 'GET', url: '/procedures/1.001193', status: 200 },
    { name: 'hashed asset', method: 'GET', url: '/assets/app.js', status: 200 },
    { name: 'service worker', method: 'GET', url: '/sw.js', status: 200 },
    { name: 'broken JSON to a page (400 error)', method: 'POST', url: '/procedures', status: 400 },
  ];

  it.each(cases)('are on $name', async ({ method, url, status }) => {
    const response = await app.inject({
      method,
      url,
      ...(method === 'POST'
        ? { payload: '{"broken', headers: { 'content-type': 'application/json' } }
        : {}),
    });
    if (status !== undefined) expect(response.statusCode).toBe(status);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(response.headers[name], name).toBe(value);
    }
  });

  it('forbids inline script, framing, plugins and foreign connections', () => {
    const csp = SECURITY_HEADERS['content-security-policy'] ?? '';
    const directives = new Map(
      csp.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives.get('script-src')).toBe("'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('base-uri')).toBe("'none'");
  });
});
