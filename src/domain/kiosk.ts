import { z } from 'zod';
import { procedureCodeSchema } from './procedure.ts';
import { PROVINCE_CODES } from './provinces.ts';

/**
 * Kiosk mode (issue 5): tablets at one-stop offices (Bộ phận Một cửa) collect one-tap ratings.
 * An operator provisions a kiosk for an office with ADMIN_TOKEN and gets a one-time pairing code;
 * the tablet trades the code for a kiosk token, which it sends with every batch of kiosk ratings.
 */

/**
 * The procedure code of a kiosk rating whose citizen did not say which procedure they came for.
 * A rating needs a procedure code (ratingSchema), but the one-tap rating is recorded before the
 * follow-up asks for one, and the follow-up may time out. "0." is no real field prefix in the
 * national catalogue, so this code never collides with a procedure; the server accepts it only
 * on channel "kiosk" with a valid kiosk token, and stats show it as "not specified".
 */
export const KIOSK_UNSPECIFIED_PROCEDURE = '0.000000';

/** Pairing codes: 8 characters without look-alikes (0/O, 1/I/L), typed or scanned from a link. */
export const PAIRING_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const PAIRING_CODE_LENGTH = 8;
export const PAIRING_CODE_TTL_MS = 24 * 60 * 60 * 1000;

/** Upper-cases and drops spaces and dashes, so "abcd-efgh" and "ABCDEFGH" are the same code. */
export function normalizePairingCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, '');
}

/** "ABCDEFGH" → "ABCD-EFGH": easier to read aloud and type. */
export function formatPairingCode(code: string): string {
  return code.length === PAIRING_CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

export function pairingUrlFor(code: string): string {
  return `/kiosk/pair?code=${encodeURIComponent(code)}`;
}

const officeText = z.string().trim().min(1).max(200);

export const kioskCreateRequestSchema = z.strictObject({
  /**
   * The office's name as people know it, since the 2025 reform: "Trung tâm Phục vụ hành chính
   * công phường Bến Thành" (or a ministry's "Bộ phận Một cửa").
   */
  name: officeText,
  province: z.enum(PROVINCE_CODES),
  /** The agency that answers for the desk: "UBND phường Bến Thành". */
  agency: officeText,
  /** The procedures that desk handles; the follow-up offers them (none: not asked). */
  procedures: z.array(procedureCodeSchema).max(100).optional(),
  /** Whether the follow-up offers a comment field (off by default: nothing personal). */
  allowComments: z.boolean().optional(),
});
export type KioskCreateRequest = z.infer<typeof kioskCreateRequestSchema>;

/** What a paired tablet knows about its office. */
export const kioskSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  province: z.enum(PROVINCE_CODES),
  agency: z.string().min(1),
  procedures: z.array(procedureCodeSchema),
  allowComments: z.boolean(),
});
export type Kiosk = z.infer<typeof kioskSchema>;

/** What an operator sees in the list (never a token or a code). */
export const kioskAdminViewSchema = kioskSchema.extend({
  createdAt: z.string(),
  pairedAt: z.string().nullable(),
  pairingExpiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type KioskAdminView = z.infer<typeof kioskAdminViewSchema>;

export const kioskCreateResponseSchema = z.object({
  kiosk: kioskAdminViewSchema,
  pairingCode: z.string(),
  pairingUrl: z.string(),
  pairingExpiresAt: z.string(),
});
export type KioskCreateResponse = z.infer<typeof kioskCreateResponseSchema>;

export const kioskPairRequestSchema = z.strictObject({ code: z.string().min(1).max(40) });

export const kioskPairResponseSchema = z.object({ token: z.string().min(32), kiosk: kioskSchema });
export type KioskPairResponse = z.infer<typeof kioskPairResponseSchema>;

/**
 * The header a paired tablet sends its token in, with its batches of ratings: the standard
 * `Authorization: Bearer <token>` (the ratings route reads nothing else from it).
 */
export function kioskAuthorizationHeader(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}
