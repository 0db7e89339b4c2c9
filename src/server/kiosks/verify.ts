import { KIOSK_UNSPECIFIED_PROCEDURE } from '../../domain/kiosk.ts';
import type { Rating, RatingRejectReason } from '../../domain/rating.ts';
import { bearerToken, sha256Hex } from './secrets.ts';
import type { KioskRecord, KioskStore } from './types.ts';

export type KioskCheck =
  | { ok: true; kiosk: KioskRecord }
  | { ok: false; reason: Extract<RatingRejectReason, 'kiosk_unauthorized' | 'kiosk_revoked'> };

/**
 * Checks the kiosk token a batch came with (`Authorization: Bearer <token>`), once per batch.
 * Ratings on channel "kiosk" count for an office only through this check: no token or an unknown
 * one → kiosk_unauthorized; a revoked kiosk's token → kiosk_revoked, so the tablet shows staff
 * why its queued ratings were refused instead of retrying them forever.
 *
 * The look-up is by the token's SHA-256: the token is 256 random bits, so timing on the hash
 * index tells an attacker nothing useful about any real token.
 */
export async function verifyKioskToken(
  store: KioskStore,
  authorization: string | string[] | undefined,
): Promise<KioskCheck> {
  const token = bearerToken(authorization);
  if (!token) return { ok: false, reason: 'kiosk_unauthorized' };
  const kiosk = await store.findByTokenHash(sha256Hex(token));
  if (!kiosk) return { ok: false, reason: 'kiosk_unauthorized' };
  if (kiosk.revokedAt !== null) return { ok: false, reason: 'kiosk_revoked' };
  return { ok: true, kiosk };
}

/**
 * Memoises the check for one request: the ratings route asks per kiosk item, the database is
 * asked at most once per batch, and batches without kiosk ratings never ask.
 */
export function kioskCheckForRequest(
  store: KioskStore,
  authorization: string | string[] | undefined,
): () => Promise<KioskCheck> {
  let pending: Promise<KioskCheck> | undefined;
  return () => (pending ??= verifyKioskToken(store, authorization));
}

export type KioskAdmission =
  | { ok: true; rating: Rating; kioskId?: string }
  | { ok: false; reason: Extract<RatingRejectReason, 'kiosk_unauthorized' | 'kiosk_revoked'> };

/**
 * What the ratings route does with one valid rating: a non-kiosk rating passes unchanged; a
 * kiosk rating passes only with a valid token, attributed to that kiosk and counted in its
 * office's province (whatever the device claimed).
 */
export async function admitKioskRating(
  rating: Rating,
  check: () => Promise<KioskCheck>,
): Promise<KioskAdmission> {
  if (rating.channel !== 'kiosk') return { ok: true, rating };
  const result = await check();
  if (!result.ok) return result;
  return {
    ok: true,
    rating: { ...rating, province: result.kiosk.province },
    kioskId: result.kiosk.id,
  };
}

/**
 * Whether the rating may skip the "known procedure" check: a kiosk rating whose citizen did not
 * name the procedure (KIOSK_UNSPECIFIED_PROCEDURE; see src/domain/kiosk.ts). Only ever true
 * after admitKioskRating accepted it.
 */
export function isUnspecifiedKioskProcedure(rating: Rating): boolean {
  return rating.channel === 'kiosk' && rating.procedureCode === KIOSK_UNSPECIFIED_PROCEDURE;
}
