import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

/**
 * A small HTTP proxy the browser talks to instead of the real server, so an end-to-end test can
 * break the way to `POST /api/ratings` on purpose (issues 3 and 6). Everything else is forwarded
 * untouched. Its origin (http://127.0.0.1:<port>) stays the same for as long as it runs, also
 * while the server behind it is stopped or restarted: IndexedDB and the service worker are per
 * origin, so a test must never change the address the browser uses.
 *
 * Usage:
 *   const server = await startServer();
 *   const proxy = await startFaultProxy(server.url);
 *   await page.goto(proxy.url);
 *   proxy.setRatingsFault({ kind: 'status', status: 503, retryAfter: '1' });
 *   …
 *   proxy.setRatingsFault({ kind: 'pass' });
 *   proxy.ratingsExchanges(); // what it saw, in order
 *   await proxy.close();
 *
 * When the server behind it is down, the proxy resets the browser's connection (to the browser
 * this looks like a network failure, not like a 502 page).
 *
 * Count with care under 'drop-response' and 'reset': when a connection closes before a single
 * byte of the answer, Chromium's network stack may send the same POST again on its own, before
 * the app hears of any failure (seen in the ratings e2e test: one failed attempt in the outbox,
 * seven batches at the proxy). So one app attempt can be several exchanges here, and with
 * `times: 1` the app may never see the fault at all.
 */

/** How the proxy handles `POST /api/ratings`. */
export type RatingsFault =
  /** Forward to the server and pass its answer back. */
  | { kind: 'pass' }
  /** Answer this status at once, without forwarding (e.g. 503, optionally with Retry-After). */
  | { kind: 'status'; status: number; retryAfter?: string }
  /**
   * Forward, let the server answer (so the batch is committed), then destroy the browser's
   * socket: "the response to a committed batch is lost".
   */
  | { kind: 'drop-response' }
  /** Forward, then hold the server's answer for `ms` before passing it on. */
  | { kind: 'delay'; ms: number }
  /** Reset the browser's connection without forwarding: the server never sees the batch. */
  | { kind: 'reset' };

export type RatingsFaultKind = RatingsFault['kind'];

/** One `POST /api/ratings` the proxy saw. */
export interface RatingsExchange {
  /** What the proxy did with it. */
  fault: RatingsFaultKind;
  /** The rating ids in the batch (empty when the body was not a readable batch). */
  ids: string[];
  /** The server's status, when the request was forwarded and the server answered (absent when
   * the fault kept it from the server, or the server was down). */
  upstreamStatus?: number;
  /** The server's per-item results, when it answered 200 with a batch response. */
  results?: { id: string; status: string; reason?: string }[];
}

export interface FaultProxy {
  /** http://127.0.0.1:<port>: give this to the browser. */
  url: string;
  port: number;
  /**
   * How `POST /api/ratings` is handled from now on. With `times`, only the next `times` such
   * requests get the fault; later ones pass through again.
   */
  setRatingsFault(fault: RatingsFault, options?: { times?: number }): void;
  /** Every `POST /api/ratings` seen so far, in arrival order (a copy). */
  ratingsExchanges(): RatingsExchange[];
  /** All requests seen (any method and path), for a quick sanity check. */
  requestCount(): number;
  /** Forgets what was seen (not the fault). */
  resetLog(): void;
  /** Stops listening and drops every open connection. */
  close(): Promise<void>;
}

const RATINGS_PATH = '/api/ratings';

/** Starts the proxy on a free port of 127.0.0.1 in front of `upstreamUrl` (http only). */
export async function startFaultProxy(upstreamUrl: string): Promise<FaultProxy> {
  const upstream = new URL(upstreamUrl);
  let fault: RatingsFault = { kind: 'pass' };
  let faultsLeft = Infinity;
  let exchanges: RatingsExchange[] = [];
  let requests = 0;

  function currentFault(): RatingsFault {
    if (fault.kind === 'pass') return fault;
    if (faultsLeft <= 0) return { kind: 'pass' };
    faultsLeft -= 1;
    return fault;
  }

  /** Forwards one request with the given body; resolves with the server's full answer. */
  function forward(
    req: IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> {
    return new Promise((resolveAnswer, reject) => {
      const outgoing = httpRequest(
        {
          hostname: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: { ...withoutHopByHop(req.headers), 'content-length': String(body.length) },
        },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('end', () =>
            resolveAnswer({
              status: answer.statusCode ?? 502,
              headers: answer.headers,
              body: Buffer.concat(chunks),
            }),
          );
          answer.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  function readBody(req: IncomingMessage): Promise<Buffer> {
    return new Promise((resolveBody, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => resolveBody(Buffer.concat(chunks)));
      req.on('error', reject);
    });
  }

  function reply(
    res: ServerResponse,
    answer: { status: number; headers: IncomingMessage['headers']; body: Buffer },
  ): void {
    if (res.destroyed) return;
    res.writeHead(answer.status, {
      ...withoutHopByHop(answer.headers),
      'content-length': String(answer.body.length),
    });
    res.end(answer.body);
  }

  async function handleRatings(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const applied = currentFault();
    const exchange: RatingsExchange = { fault: applied.kind, ids: batchIds(body) };
    exchanges.push(exchange);

    if (applied.kind === 'reset') {
      req.socket.destroy();
      return;
    }
    if (applied.kind === 'status') {
      const headers: Record<string, string> = {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
      };
      if (applied.retryAfter !== undefined) headers['retry-after'] = applied.retryAfter;
      res.writeHead(applied.status, headers);
      res.end(
        JSON.stringify({
          error: { code: 'fault_proxy', message: `Injected HTTP ${applied.status}` },
        }),
      );
      return;
    }

    const answer = await forward(req, body);
    exchange.upstreamStatus = answer.status;
    const results = batchResults(decoded(answer));
    if (results) exchange.results = results;

    if (applied.kind === 'drop-response') {
      // The server has answered, so its transaction is committed; the browser never hears it.
      req.socket.destroy();
      return;
    }
    if (applied.kind === 'delay') {
      await new Promise((wait) => setTimeout(wait, applied.ms));
    }
    reply(res, answer);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    requests += 1;
    const path = (req.url ?? '/').split('?', 1)[0];
    try {
      if (req.method === 'POST' && path === RATINGS_PATH) {
        await handleRatings(req, res);
      } else {
        reply(res, await forward(req, await readBody(req)));
      }
    } catch {
      // The server is down (ECONNREFUSED) or went away mid-answer: to the browser, the network
      // failed. Destroying the socket is what a dead server or a lost connection looks like.
      req.socket.destroy();
    }
  }

  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => void handle(req, res));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    setRatingsFault(next, options = {}) {
      fault = next;
      faultsLeft = options.times ?? Infinity;
    },
    ratingsExchanges: () => exchanges.map((exchange) => ({ ...exchange })),
    requestCount: () => requests,
    resetLog() {
      exchanges = [];
      requests = 0;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolveClose) => server.close(() => resolveClose()));
    },
  };
}

/** Headers that describe one connection, not the message: the proxy makes its own. */
const HOP_BY_HOP = ['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'upgrade'];

function withoutHopByHop(headers: IncomingMessage['headers']): IncomingMessage['headers'] {
  const copy = { ...headers };
  for (const name of HOP_BY_HOP) delete copy[name];
  return copy;
}

/** The ids of a `{ ratings: [...] }` body; empty when it is not one. */
function batchIds(body: Buffer): string[] {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { ratings?: { id?: unknown }[] };
    if (!Array.isArray(parsed.ratings)) return [];
    return parsed.ratings.flatMap((rating) => (typeof rating?.id === 'string' ? [rating.id] : []));
  } catch {
    return [];
  }
}

/** The answer's body as sent before compression (the browser asks for gzip or br). */
function decoded(answer: { headers: IncomingMessage['headers']; body: Buffer }): Buffer {
  try {
    switch (answer.headers['content-encoding']) {
      case 'gzip':
        return gunzipSync(answer.body);
      case 'br':
        return brotliDecompressSync(answer.body);
      case 'deflate':
        return inflateSync(answer.body);
      default:
        return answer.body;
    }
  } catch {
    return answer.body;
  }
}

/** The `results` of a batch answer, or undefined when the body is not one. */
function batchResults(body: Buffer): RatingsExchange['results'] {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { results?: unknown };
    return Array.isArray(parsed.results)
      ? (parsed.results as RatingsExchange['results'])
      : undefined;
  } catch {
    return undefined;
  }
}
