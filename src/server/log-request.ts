/** What the request serializer reads of a request (Fastify hands it the FastifyRequest). */
interface LoggedRequest {
  method: string;
  url?: string;
  ip?: string;
  host?: string;
  socket?: { remotePort?: number };
}

/** Query keys that are plain names are kept for debugging; anything else is not echoed. */
const PLAIN_KEY = /^[A-Za-z_]{1,24}$/;

/**
 * The address as the log shows it: the path, and the query's key names without their values.
 * Query values are what people type — a search, a dossier code someone pasted, the one-time
 * kiosk pairing code of /kiosk/pair?code=… — and logs must not keep them (CONVENTIONS.md,
 * issue 6). Bodies are never logged at all.
 */
export function urlForLog(url: string): string {
  const at = url.indexOf('?');
  if (at === -1) return url;
  const keys = [...new URLSearchParams(url.slice(at + 1)).keys()];
  return `${url.slice(0, at)}?${keys.map((key) => `${PLAIN_KEY.test(key) ? key : '…'}=…`).join('&')}`;
}

/** Fastify's own "req" serializer with the query values left out. */
export function requestForLog(request: LoggedRequest) {
  return {
    method: request.method,
    url: urlForLog(request.url ?? ''),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
