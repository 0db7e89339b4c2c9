import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/domain/api-error.ts';
import { loadConfig } from '../../src/server/config.ts';
import { SECURITY_HEADERS } from '../../src/server/security-headers.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { createTestApp, openTempSqliteStorage } from './support/storage.ts';

/**
 * Issue 10, item 7: what Node's HTTP layer refuses before any route (a request that is not
 * HTTP, headers over the limit, a body that trickles in) is answered in our error shape, with
 * our headers, and a slow body cannot hold a connection open. Over real sockets: `inject`
 * never goes through the HTTP parser.
 */

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The server closed the connection after answering. */
  isClosed: boolean;
}

/** Writes raw bytes (all at once, or a piece at a time), reads until the server closes. */
function rawExchange(
  port: number,
  pieces: readonly string[],
  { gapMs = 0, giveUpMs = 20_000 } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    let timer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${giveUpMs} ms; got ${JSON.stringify(received)}`));
    }, giveUpMs);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(giveUp);
      clearInterval(timer);
      const [head = '', body = ''] = received.split('\r\n\r\n', 2);
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => {
          const at = line.indexOf(':');
          return [line.slice(0, at).toLowerCase(), line.slice(at + 1).trim()];
        }),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body, isClosed: true });
    });
    socket.on('connect', () => {
      if (gapMs === 0) {
        socket.write(pieces.join(''));
        return;
      }
      let next = 0;
      const writeNext = () => {
        if (next < pieces.length && socket.writable) socket.write(pieces[next++] as string);
      };
      writeNext();
      timer = setInterval(writeNext, gapMs);
    });
  });
}

function expectOurShape(answer: RawAnswer, status: number, code: string): void {
  expect(answer.status).toBe(status);
  expect(apiErrorSchema.parse(JSON.parse(answer.body)).error.code).toBe(code);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(answer.headers[name], name).toBe(value);
  }
}

describe('the HTTP layer', () => {
  let storage: Storage;
  let close: () => Promise<void>;
  let app: FastifyInstance;
  let port: number;

  beforeAll(async () => {
    ({ storage, close } = await openTempSqliteStorage());
    app = await createTestApp(storage, { requestTimeoutMs: 1_000 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await app.close();
    await close();
  });

  it('answers a request that is not HTTP with 400 in our shape and headers', async () => {
    expectOurShape(await rawExchange(port, ['GARBAGE\r\n\r\n']), 400, 'bad_request');
    const smuggled = await rawExchange(port, [
      'POST /api/ratings HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n' +
        'Content-Length: 3\r\n\r\n',
    ]);
    expectOurShape(smuggled, 400, 'bad_request');
  });

  it('answers headers over the limit with 431 in our shape and headers', async () => {
    const answer = await rawExchange(port, [
      `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    ]);
    expectOurShape(answer, 431, 'headers_too_large');
  });

  it('closes a body that trickles in with 408 in our shape, instead of holding it open', async () => {
    // 100 bytes announced, one a second: the whole request would take 100 s.
    const head =
      'POST /api/ratings HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
      'Content-Length: 100\r\n\r\n';
    const answer = await rawExchange(port, [head, ...Array.from({ length: 100 }, () => ' ')], {
      gapMs: 1_000,
    });
    expectOurShape(answer, 408, 'request_timeout');
    expect(answer.isClosed).toBe(true);
    // The server still answers everyone else.
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
  });

  it('sends the security headers with the router\u2019s own refusals (bad URL, long path)', async () => {
    for (const url of ['/api/catalog/%E0%A4%A', `/api/catalog/${'a'.repeat(200)}`]) {
      const response = await app.inject(url);
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(apiErrorSchema.parse(response.json()).error.code).toBe('bad_request');
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(response.headers[name], `${url} ${name}`).toBe(value);
      }
    }
  });
});

describe('Strict-Transport-Security', () => {
  let storage: Storage;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ storage, close } = await openTempSqliteStorage());
  });
  afterAll(async () => close());

  const appWith = (env: Record<string, string>) =>
    createTestApp(storage, { config: loadConfig(env) });

  it('is sent on HTTPS through a trusted proxy, for a year by default', async () => {
    const app = await appWith({ TRUST_PROXY: '127.0.0.1' });
    const https = await app.inject({
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(https.headers['strict-transport-security']).toBe('max-age=31536000');
    // Errors too.
    const missing = await app.inject({
      url: '/api/catalog/9.999999',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['strict-transport-security']).toBe('max-age=31536000');
    await app.close();
  });

  it('is not sent over plain HTTP, nor on a proto header from an untrusted client', async () => {
    const trusting = await appWith({ TRUST_PROXY: '127.0.0.1' });
    const plain = await trusting.inject('/api/health');
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    await trusting.close();
    const direct = await appWith({});
    const claimed = await direct.inject({
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(claimed.headers['strict-transport-security']).toBeUndefined();
    await direct.close();
  });

  it('is never sent with HSTS_MAX_AGE=0', async () => {
    const app = await appWith({ TRUST_PROXY: '127.0.0.1', HSTS_MAX_AGE: '0' });
    const https = await app.inject({
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(https.headers['strict-transport-security']).toBeUndefined();
    await app.close();
  });
});
