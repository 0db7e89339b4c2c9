import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * The Content-Security-Policy of every response (issue 6). The built app has no inline script
 * (Vite emits one module script and one stylesheet, and the service worker is registered from
 * that bundle), so script-src is 'self' alone: an injected <script> or onclick= never runs.
 *
 * Inline styles: React sets `style={{…}}` through the CSSOM (element.style.width = …), which CSP
 * does not govern, so style-src can stay 'self' too; the e2e CSP test watches for violations.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Nothing in the app needs these; a compromised script should not get them either. */
const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'bluetooth=()',
].join(', ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  // Procedure and dossier pages must not leak their URL to other sites.
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': PERMISSIONS_POLICY,
  // frame-ancestors for browsers that predate it.
  'x-frame-options': 'DENY',
};

/**
 * Sets the headers on every response: API answers, static files, index.html, the SPA fallback,
 * 404s and errors. onRequest runs before routing, so the 404 handler and the error handler
 * answer through a reply that already carries them; onSend re-applies them in case a route
 * removed or replaced one.
 */
export function installSecurityHeaders(
  app: FastifyInstance,
  options: { hstsMaxAgeSeconds: number },
): void {
  // HSTS only on an HTTPS request: over plain HTTP browsers ignore it, and it would make a
  // local `npm start` on http://127.0.0.1 look like it promised HTTPS. Behind a TLS-terminating
  // proxy, request.protocol comes from its X-Forwarded-Proto when TRUST_PROXY lists it.
  const hsts = options.hstsMaxAgeSeconds > 0 ? `max-age=${options.hstsMaxAgeSeconds}` : undefined;
  const apply = (request: FastifyRequest, reply: FastifyReply) => {
    reply.headers(SECURITY_HEADERS);
    if (hsts && request.protocol === 'https') reply.header('strict-transport-security', hsts);
  };
  app.addHook('onRequest', async (request, reply) => {
    apply(request, reply);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    apply(request, reply);
    return payload;
  });
}
