import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { pairKiosk, provisionKiosk } from '../../src/server/kiosks/provision.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { makeProcedure } from './support/procedures.ts';
import { makeRating } from './support/rating-fixtures.ts';
import { openTempSqliteStorage } from './support/storage.ts';

/**
 * Issue 10, item 4: behind a proxy the client address is the right-most hop of
 * X-Forwarded-For that is not a trusted proxy, so a client that makes up X-Forwarded-For
 * values is still counted as itself. Over real sockets: a reverse proxy on 127.0.0.1 that
 * appends the address it saw (as nginx's $proxy_add_x_forwarded_for does), and a client that
 * connects to it from 127.0.0.2, which the server does not trust.
 */

/** A reverse proxy that forwards to `target` and appends the client's address to XFF. */
function appendingProxy(target: number): Server {
  return createServer((incoming, outgoing) => {
    const sent = incoming.headers['x-forwarded-for'];
    const hop = incoming.socket.remoteAddress ?? '';
    const forwarded = sent ? `${String(sent)}, ${hop}` : hop;
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: target,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, 'x-forwarded-for': forwarded },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  });
}

/** A request from 127.0.0.2 (another loopback address: not the trusted proxy's). */
function fromUntrustedClient(
  port: number,
  path: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        localAddress: '127.0.0.2',
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};

describe('TRUST_PROXY with a proxy that appends its hop', () => {
  let storage: Storage;
  let close: () => Promise<void>;
  let app: FastifyInstance;
  let proxy: Server;
  let proxyPort: number;

  beforeAll(async () => {
    ({ storage, close } = await openTempSqliteStorage());
    await storage.catalog.upsert([makeProcedure('1.001193')]);
    app = await createApp({
      config: loadConfig({ TRUST_PROXY: '127.0.0.1' }),
      storage,
      logger: false,
      staticRoot: '/nonexistent-dvc-dist',
      ratingsPerMinute: 5,
    });
    const appPort = (await app.listen({ port: 0, host: '127.0.0.1' }), app.server.address());
    proxy = appendingProxy((appPort as AddressInfo).port);
    proxyPort = await listen(proxy);
  });
  afterAll(async () => {
    await new Promise((resolve) => proxy.close(resolve));
    await app.close();
    await close();
  });

  it('counts a client that rotates X-Forwarded-For as one address (ratings limit)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const answer = await fromUntrustedClient(
        proxyPort,
        '/api/ratings',
        { ratings: [makeRating()] },
        { 'x-forwarded-for': `198.51.100.${i}` },
      );
      statuses.push(answer.status);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  });

  it('counts wrong pairing codes against the real client, whatever it claims', async () => {
    await provisionKiosk(storage.kiosks, { name: 'Quầy 1', province: '79', agency: 'UBND' });
    const answers: number[] = [];
    // 10 wrong codes make the address wait; parallel attempts after that are refused.
    for (let i = 0; i < 10; i += 1) {
      const { status } = await fromUntrustedClient(
        proxyPort,
        '/api/kiosks/pair',
        { code: 'ZZZZ-ZZZZ' },
        { 'x-forwarded-for': `203.0.113.${i}` },
      );
      answers.push(status);
    }
    expect(answers.every((s) => s === 404)).toBe(true);
    const parallel = await Promise.all(
      Array.from({ length: 3 }, (_, i) =>
        fromUntrustedClient(
          proxyPort,
          '/api/kiosks/pair',
          { code: 'ZZZZ-ZZZZ' },
          { 'x-forwarded-for': `192.0.2.${i}` },
        ),
      ),
    );
    expect(parallel.map((a) => a.status).filter((s) => s === 429)).toHaveLength(2);
  });

  it('still pairs a right code sent through the proxy by another client', async () => {
    const { pairingCode } = await provisionKiosk(storage.kiosks, {
      name: 'Quầy 2',
      province: '79',
      agency: 'UBND',
    });
    const answer = await fetch(`http://127.0.0.1:${proxyPort}/api/kiosks/pair`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: pairingCode }),
    });
    expect(answer.status).toBe(200);
    expect((await pairKiosk(storage.kiosks, pairingCode)).status).toBe('used');
  });
});
