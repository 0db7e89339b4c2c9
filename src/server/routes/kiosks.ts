import { setTimeout } from 'node:timers/promises';
import type { FastifyPluginAsync } from 'fastify';
import { kioskCreateRequestSchema, kioskPairRequestSchema } from '../../domain/kiosk.ts';
import { sendError } from '../errors.ts';
import { requireAdmin } from '../kiosks/admin-auth.ts';
import { PairThrottle } from '../kiosks/pair-throttle.ts';
import { pairKiosk, provisionKiosk, unknownProcedureCodes } from '../kiosks/provision.ts';
import type { Storage } from '../storage/types.ts';

export interface KioskRoutesOptions {
  storage: Storage;
  /** ADMIN_TOKEN; absent = operator routes answer 403 admin_disabled. */
  adminToken?: string;
  /** Tests pass one with short delays. */
  pairThrottle?: PairThrottle;
}

const PAIR_FAILURES = {
  unknown: [404, 'pairing_code_unknown', 'No kiosk has this pairing code. Check it and try again.'],
  used: [
    410,
    'pairing_code_used',
    'This pairing code was already used. Ask the operator for a new kiosk.',
  ],
  expired: [
    410,
    'pairing_code_expired',
    'This pairing code has expired (codes last 24 hours). Ask the operator for a new one.',
  ],
  revoked: [410, 'kiosk_revoked', 'This kiosk was revoked by the operator.'],
} as const;

/**
 * Kiosk provisioning (operator, ADMIN_TOKEN): POST/GET /api/kiosks, DELETE /api/kiosks/:id.
 * Pairing (the tablet, with the one-time code): POST /api/kiosks/pair.
 */
export const kioskRoutes: FastifyPluginAsync<KioskRoutesOptions> = async (app, options) => {
  const { kiosks } = options.storage;
  const admin = requireAdmin(options.adminToken);
  const throttle = options.pairThrottle ?? new PairThrottle();
  // Nothing here may be cached by a proxy or the service worker: answers carry secrets.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
  });

  app.post('/api/kiosks', { preHandler: admin }, async (request, reply) => {
    const parsed = kioskCreateRequestSchema.safeParse(request.body);
    if (!parsed.success) {
      return sendError(
        reply,
        400,
        'bad_request',
        'A kiosk needs name, province (a code such as 79) and agency; procedures is a list of ' +
          'procedure codes, allowComments true or false.',
        parsed.error.issues.map((issue) => ({
          path: issue.path.join('.'),
          message: issue.message,
        })),
      );
    }
    const unknown = await unknownProcedureCodes(options.storage.catalog, parsed.data);
    if (unknown.length > 0) {
      return sendError(
        reply,
        400,
        'bad_request',
        `The catalogue has no procedure ${unknown.join(', ')}: a kiosk can only offer procedures ` +
          'of the catalogue (import it first).',
        unknown.map((code) => ({
          path: `procedures.${parsed.data.procedures?.indexOf(code) ?? 0}`,
          message: `unknown procedure ${code}`,
        })),
      );
    }
    const created = await provisionKiosk(kiosks, parsed.data);
    request.log.info({ kioskId: created.kiosk.id }, 'kiosk created');
    return reply.code(201).send(created);
  });

  app.get('/api/kiosks', { preHandler: admin }, async () => ({ kiosks: await kiosks.list() }));

  app.delete<{ Params: { id: string } }>(
    '/api/kiosks/:id',
    { preHandler: admin },
    async (request, reply) => {
      const kiosk = await kiosks.revoke(request.params.id, new Date().toISOString());
      if (!kiosk) return sendError(reply, 404, 'not_found', 'No kiosk has this id.');
      request.log.info({ kioskId: kiosk.id }, 'kiosk revoked');
      return { kiosk };
    },
  );

  app.post('/api/kiosks/pair', async (request, reply) => {
    const parsed = kioskPairRequestSchema.safeParse(request.body);
    if (!parsed.success) {
      return sendError(reply, 400, 'bad_request', 'Send {"code": "<pairing code>"}.');
    }
    // After many wrong codes an address's attempts are checked late, one at a time; a right
    // code is never refused (pair-throttle.ts).
    const admission = throttle.admit(request.ip);
    if (admission.kind === 'busy') {
      reply.header('Retry-After', String(admission.retryAfterSeconds));
      return sendError(
        reply,
        429,
        'rate_limited',
        'After many wrong pairing codes, this address may try one code at a time. ' +
          `Wait for the answer, then try again in ${admission.retryAfterSeconds} seconds.`,
      );
    }
    let result: Awaited<ReturnType<typeof pairKiosk>>;
    try {
      if (admission.kind === 'later') await setTimeout(admission.delayMs);
      result = await pairKiosk(kiosks, parsed.data.code);
    } finally {
      if (admission.kind === 'later') admission.release();
    }
    if (result.status !== 'paired') {
      throttle.recordFailure(request.ip);
      const [status, code, message] = PAIR_FAILURES[result.status];
      return sendError(reply, status, code, message);
    }
    request.log.info({ kioskId: result.kiosk.id }, 'kiosk paired');
    return { token: result.token, kiosk: result.kiosk };
  });
};
