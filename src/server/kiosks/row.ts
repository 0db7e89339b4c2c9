import { kioskAdminViewSchema } from '../../domain/kiosk.ts';
import type { KioskRecord, PairOutcome } from './types.ts';

/** A kiosks row of either engine (timestamps as ISO strings or Dates, procedures JSON or array). */
export interface KioskRow {
  id: string;
  name: string;
  province: string;
  agency: string;
  procedures: string | string[];
  allow_comments: number | boolean;
  pairing_expires_at: string | Date | null;
  paired_at: string | Date | null;
  created_at: string | Date;
  revoked_at: string | Date | null;
}

const iso = (value: string | Date): string =>
  value instanceof Date ? value.toISOString() : new Date(value).toISOString();
const isoOrNull = (value: string | Date | null): string | null =>
  value === null ? null : iso(value);

/** Validates on the way out too: a row edited by hand must not reach a tablet half-broken. */
export function kioskFromRow(row: KioskRow): KioskRecord {
  return kioskAdminViewSchema.parse({
    id: row.id,
    name: row.name,
    province: row.province,
    agency: row.agency,
    procedures: typeof row.procedures === 'string' ? JSON.parse(row.procedures) : row.procedures,
    allowComments: Boolean(row.allow_comments),
    createdAt: iso(row.created_at),
    pairedAt: isoOrNull(row.paired_at),
    // Once paired, the code's expiry no longer means anything to an operator.
    pairingExpiresAt: row.paired_at === null ? isoOrNull(row.pairing_expires_at) : null,
    revokedAt: isoOrNull(row.revoked_at),
  });
}

/** Why a code did not pair, from the row it names (if any). */
export function pairFailure(row: KioskRow | undefined, at: string): PairOutcome {
  if (!row) return { status: 'unknown' };
  if (row.revoked_at !== null) return { status: 'revoked' };
  if (row.paired_at !== null) return { status: 'used' };
  if (row.pairing_expires_at !== null && iso(row.pairing_expires_at) <= at) {
    return { status: 'expired' };
  }
  return { status: 'unknown' };
}
