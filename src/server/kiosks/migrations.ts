import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';

/**
 * The "kiosks" migration of each engine (listed in storage/<engine>/migrations.ts). Shipped
 * schema: change it only by adding a new migration.
 *
 * Secrets are stored as SHA-256 hashes only: the kiosk token (32 random bytes) is shown once, to
 * the tablet that pairs; the pairing code once, to the operator. A stolen database file gives
 * neither.
 */
export function upSqliteKiosks(db: BetterSqlite3.Database): void {
  db.exec(`
    CREATE TABLE kiosks (
      id                 TEXT PRIMARY KEY,
      name               TEXT NOT NULL,
      province           TEXT NOT NULL,
      agency             TEXT NOT NULL,
      procedures         TEXT NOT NULL CHECK (json_valid(procedures)),
      allow_comments     INTEGER NOT NULL CHECK (allow_comments IN (0, 1)),
      token_hash         TEXT UNIQUE,
      pairing_code_hash  TEXT NOT NULL UNIQUE,
      pairing_expires_at TEXT NOT NULL,
      paired_at          TEXT,
      created_at         TEXT NOT NULL,
      revoked_at         TEXT
    ) STRICT;
  `);
}

export async function upPostgresKiosks(client: pg.PoolClient): Promise<void> {
  await client.query(`
    CREATE TABLE kiosks (
      id                 text PRIMARY KEY,
      name               text NOT NULL,
      province           text NOT NULL,
      agency             text NOT NULL,
      procedures         jsonb NOT NULL,
      allow_comments     boolean NOT NULL,
      token_hash         text UNIQUE,
      pairing_code_hash  text NOT NULL UNIQUE,
      pairing_expires_at timestamptz NOT NULL,
      paired_at          timestamptz,
      created_at         timestamptz NOT NULL,
      revoked_at         timestamptz
    );
  `);
}
