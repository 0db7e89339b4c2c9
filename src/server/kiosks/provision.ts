import { randomUUID } from 'node:crypto';
import {
  formatPairingCode,
  normalizePairingCode,
  PAIRING_CODE_TTL_MS,
  pairingUrlFor,
  type Kiosk,
  type KioskCreateRequest,
  type KioskCreateResponse,
} from '../../domain/kiosk.ts';
import { newKioskToken, newPairingCode, sha256Hex } from './secrets.ts';
import type { CatalogStore } from '../storage/types.ts';
import type { KioskRecord, KioskStore, PairOutcome } from './types.ts';

/**
 * The codes of a kiosk request that the catalogue does not have: a kiosk's follow-up offers its
 * procedures to citizens, and the server would refuse every rating naming one of them
 * (unknown_procedure), so such a kiosk is refused when it is created (API and CLI).
 */
export async function unknownProcedureCodes(
  catalog: Pick<CatalogStore, 'has'>,
  request: Pick<KioskCreateRequest, 'procedures'>,
): Promise<string[]> {
  const codes = [...new Set(request.procedures ?? [])];
  const known = await Promise.all(codes.map((code) => catalog.has(code)));
  return codes.filter((_, i) => !known[i]);
}

/** Creates a kiosk and its one-time pairing code (shared by the API and the CLI). */
export async function provisionKiosk(
  store: KioskStore,
  request: KioskCreateRequest,
  now: Date = new Date(),
): Promise<KioskCreateResponse> {
  const code = newPairingCode();
  const pairingExpiresAt = new Date(now.getTime() + PAIRING_CODE_TTL_MS).toISOString();
  const kiosk = await store.create({
    id: randomUUID(),
    request,
    pairingCodeHash: sha256Hex(code),
    pairingExpiresAt,
    createdAt: now.toISOString(),
  });
  return {
    kiosk,
    pairingCode: formatPairingCode(code),
    pairingUrl: pairingUrlFor(code),
    pairingExpiresAt,
  };
}

export type PairResult =
  | { status: 'paired'; token: string; kiosk: Kiosk }
  | { status: Exclude<PairOutcome['status'], 'paired'> };

/** Trades a pairing code for a fresh kiosk token; the token exists only in this answer. */
export async function pairKiosk(
  store: KioskStore,
  rawCode: string,
  now: Date = new Date(),
): Promise<PairResult> {
  const token = newKioskToken();
  const outcome = await store.pair(
    sha256Hex(normalizePairingCode(rawCode)),
    sha256Hex(token),
    now.toISOString(),
  );
  if (outcome.status !== 'paired') return { status: outcome.status };
  return { status: 'paired', token, kiosk: publicKiosk(outcome.kiosk) };
}

/** What the tablet keeps: the office, not the operator's bookkeeping. */
export function publicKiosk(record: KioskRecord): Kiosk {
  const { id, name, province, agency, procedures, allowComments } = record;
  return { id, name, province, agency, procedures, allowComments };
}
