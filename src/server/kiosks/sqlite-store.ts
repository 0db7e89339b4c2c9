import type BetterSqlite3 from 'better-sqlite3';
import { kioskFromRow, pairFailure, type KioskRow } from './row.ts';
import type { KioskRecord, KioskStore, NewKiosk, PairOutcome } from './types.ts';

const COLUMNS = `id, name, province, agency, procedures, allow_comments, pairing_expires_at,
  paired_at, created_at, revoked_at`;

export class SqliteKioskStore implements KioskStore {
  constructor(private readonly db: BetterSqlite3.Database) {}

  async create(kiosk: NewKiosk): Promise<KioskRecord> {
    const { request } = kiosk;
    const row = this.db
      .prepare(
        `INSERT INTO kiosks (id, name, province, agency, procedures, allow_comments,
           pairing_code_hash, pairing_expires_at, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ${COLUMNS}`,
      )
      .get(
        kiosk.id,
        request.name,
        request.province,
        request.agency,
        JSON.stringify(request.procedures ?? []),
        request.allowComments ? 1 : 0,
        kiosk.pairingCodeHash,
        kiosk.pairingExpiresAt,
        kiosk.createdAt,
      ) as KioskRow;
    return kioskFromRow(row);
  }

  async list(): Promise<KioskRecord[]> {
    const rows = this.db
      .prepare(`SELECT ${COLUMNS} FROM kiosks ORDER BY created_at, id`)
      .all() as KioskRow[];
    return rows.map(kioskFromRow);
  }

  async get(id: string): Promise<KioskRecord | undefined> {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM kiosks WHERE id = ?`).get(id) as
      KioskRow | undefined;
    return row && kioskFromRow(row);
  }

  async revoke(id: string, at: string): Promise<KioskRecord | undefined> {
    this.db
      .prepare('UPDATE kiosks SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
      .run(at, id);
    return this.get(id);
  }

  async pair(codeHash: string, tokenHash: string, at: string): Promise<PairOutcome> {
    const row = this.db
      .prepare(
        `UPDATE kiosks SET token_hash = ?, paired_at = ?
         WHERE pairing_code_hash = ? AND paired_at IS NULL AND revoked_at IS NULL
           AND pairing_expires_at > ?
         RETURNING ${COLUMNS}`,
      )
      .get(tokenHash, at, codeHash, at) as KioskRow | undefined;
    if (row) return { status: 'paired', kiosk: kioskFromRow(row) };
    const named = this.db
      .prepare(`SELECT ${COLUMNS} FROM kiosks WHERE pairing_code_hash = ?`)
      .get(codeHash) as KioskRow | undefined;
    return pairFailure(named, at);
  }

  async findByTokenHash(tokenHash: string): Promise<KioskRecord | undefined> {
    const row = this.db
      .prepare(`SELECT ${COLUMNS} FROM kiosks WHERE token_hash = ?`)
      .get(tokenHash) as KioskRow | undefined;
    return row && kioskFromRow(row);
  }
}
