import type pg from 'pg';
import { kioskFromRow, pairFailure, type KioskRow } from './row.ts';
import type { KioskRecord, KioskStore, NewKiosk, PairOutcome } from './types.ts';

const COLUMNS = `id, name, province, agency, procedures, allow_comments, pairing_expires_at,
  paired_at, created_at, revoked_at`;

export class PostgresKioskStore implements KioskStore {
  constructor(private readonly pool: pg.Pool) {}

  async create(kiosk: NewKiosk): Promise<KioskRecord> {
    const { request } = kiosk;
    const { rows } = await this.pool.query<KioskRow>(
      `INSERT INTO kiosks (id, name, province, agency, procedures, allow_comments,
         pairing_code_hash, pairing_expires_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
      [
        kiosk.id,
        request.name,
        request.province,
        request.agency,
        JSON.stringify(request.procedures ?? []),
        request.allowComments ?? false,
        kiosk.pairingCodeHash,
        kiosk.pairingExpiresAt,
        kiosk.createdAt,
      ],
    );
    return kioskFromRow(rows[0] as KioskRow);
  }

  async list(): Promise<KioskRecord[]> {
    const { rows } = await this.pool.query<KioskRow>(
      `SELECT ${COLUMNS} FROM kiosks ORDER BY created_at, id`,
    );
    return rows.map(kioskFromRow);
  }

  async get(id: string): Promise<KioskRecord | undefined> {
    const { rows } = await this.pool.query<KioskRow>(
      `SELECT ${COLUMNS} FROM kiosks WHERE id = $1`,
      [id],
    );
    return rows[0] && kioskFromRow(rows[0]);
  }

  async revoke(id: string, at: string): Promise<KioskRecord | undefined> {
    await this.pool.query(
      'UPDATE kiosks SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL',
      [at, id],
    );
    return this.get(id);
  }

  async pair(codeHash: string, tokenHash: string, at: string): Promise<PairOutcome> {
    const { rows } = await this.pool.query<KioskRow>(
      `UPDATE kiosks SET token_hash = $1, paired_at = $2
       WHERE pairing_code_hash = $3 AND paired_at IS NULL AND revoked_at IS NULL
         AND pairing_expires_at > $2
       RETURNING ${COLUMNS}`,
      [tokenHash, at, codeHash],
    );
    if (rows[0]) return { status: 'paired', kiosk: kioskFromRow(rows[0]) };
    const named = await this.pool.query<KioskRow>(
      `SELECT ${COLUMNS} FROM kiosks WHERE pairing_code_hash = $1`,
      [codeHash],
    );
    return pairFailure(named.rows[0], at);
  }

  async findByTokenHash(tokenHash: string): Promise<KioskRecord | undefined> {
    const { rows } = await this.pool.query<KioskRow>(
      `SELECT ${COLUMNS} FROM kiosks WHERE token_hash = $1`,
      [tokenHash],
    );
    return rows[0] && kioskFromRow(rows[0]);
  }
}
