import { z } from 'zod';

/** Error codes the server answers with; the client shows a translated message for each. */
export const API_ERROR_CODES = [
  'bad_request',
  'not_found',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'unauthorized',
  'internal',
  // Refused by the HTTP layer before any route (issue 10): a body that trickled in too slowly,
  // headers over the size limit.
  'request_timeout',
  'headers_too_large',
  // Kiosk provisioning and pairing (issue 5).
  'admin_disabled',
  'pairing_code_unknown',
  'pairing_code_used',
  'pairing_code_expired',
  'kiosk_revoked',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum(API_ERROR_CODES),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
