import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from '../errors.ts';
import { bearerToken, secretsEqual } from './secrets.ts';

/**
 * Guards operator routes with ADMIN_TOKEN (`Authorization: Bearer <ADMIN_TOKEN>`). Without an
 * ADMIN_TOKEN configured they are closed (403 admin_disabled, saying how to open them) rather
 * than open to anyone.
 */
export function requireAdmin(adminToken: string | undefined) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (adminToken === undefined) {
      return sendError(
        reply,
        403,
        'admin_disabled',
        'Operator actions are turned off: set ADMIN_TOKEN (16 characters or more) on the server.',
      );
    }
    const given = bearerToken(request.headers.authorization);
    if (given === undefined || !secretsEqual(given, adminToken)) {
      return sendError(
        reply,
        401,
        'unauthorized',
        'Send the operator token as "Authorization: Bearer <ADMIN_TOKEN>".',
      );
    }
    return undefined;
  };
}
