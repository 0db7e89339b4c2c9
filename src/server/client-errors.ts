import type { Socket } from 'node:net';
import type { ApiError, ApiErrorCode } from '../domain/api-error.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

/**
 * Errors Node's HTTP parser raises before Fastify has a request: a request line or header that
 * is not HTTP (400), headers over the size limit (431), a body that did not arrive within
 * `requestTimeout` (408), a body over the limit announced in headers (413). Fastify's default
 * answers them in its own shape and without our headers (issue 10, item 7); this writes the one
 * error shape of every other answer, with the security headers, and closes the connection (the
 * parser's state is unknown after such an error, so the socket cannot be reused).
 */

const ANSWERS: Record<number, { reason: string; code: ApiErrorCode; message: string }> = {
  400: { reason: 'Bad Request', code: 'bad_request', message: 'This request is not valid HTTP.' },
  408: {
    reason: 'Request Timeout',
    code: 'request_timeout',
    message: 'The request took too long to arrive. Send it again.',
  },
  413: {
    reason: 'Payload Too Large',
    code: 'payload_too_large',
    message: 'The request body is too large.',
  },
  431: {
    reason: 'Request Header Fields Too Large',
    code: 'headers_too_large',
    message: 'The request headers are too large.',
  },
};

/** Node error codes of the parser and the server's timers, mapped to the status we answer. */
function statusOf(error: NodeJS.ErrnoException): number {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return 431;
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return 408;
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return 413;
    default:
      return 400;
  }
}

export function clientErrorResponse(status: number): string {
  const answer = ANSWERS[status] ?? (ANSWERS[400] as (typeof ANSWERS)[number]);
  const body: ApiError = { error: { code: answer.code, message: answer.message } };
  const json = JSON.stringify(body);
  const headers = {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(json)),
    'cache-control': 'no-store',
    connection: 'close',
  };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${status} ${answer.reason}\r\n${lines.join('\r\n')}\r\n\r\n${json}`;
}

/** Fastify's `clientErrorHandler` option. */
export function handleClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  // A connection reset by the client (ECONNRESET) has no one left to answer.
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(clientErrorResponse(statusOf(error)));
}
