import type { KioskAdminView, KioskCreateRequest } from '../../domain/kiosk.ts';

/** A kiosk row as the server sees it (secrets stay in the database as hashes). */
export type KioskRecord = KioskAdminView;

export interface NewKiosk {
  id: string;
  request: KioskCreateRequest;
  pairingCodeHash: string;
  pairingExpiresAt: string;
  createdAt: string;
}

export type PairOutcome =
  { status: 'paired'; kiosk: KioskRecord } | { status: 'unknown' | 'used' | 'expired' | 'revoked' };

/** Kiosks of one storage engine. Every method is one statement or one transaction. */
export interface KioskStore {
  create(kiosk: NewKiosk): Promise<KioskRecord>;
  list(): Promise<KioskRecord[]>;
  get(id: string): Promise<KioskRecord | undefined>;
  /** Sets revoked_at once; answers the kiosk (revoked earlier or now), undefined when unknown. */
  revoke(id: string, at: string): Promise<KioskRecord | undefined>;
  /**
   * Trades a pairing code for a token, once: the update only matches an unused, unexpired code of
   * a kiosk not revoked, so two tablets racing with one code cannot both pair.
   */
  pair(codeHash: string, tokenHash: string, at: string): Promise<PairOutcome>;
  findByTokenHash(tokenHash: string): Promise<KioskRecord | undefined>;
}
