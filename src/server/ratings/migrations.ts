import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';

/**
 * The "ratings" migration of each engine (listed in storage/<engine>/migrations.ts, before the
 * stats rollups that read this table). Shipped schema: change it only by adding a migration.
 *
 * - `id` is the device-made UUID (lower-cased), the idempotency key: the primary key makes a
 *   second insert of one id impossible, whatever the code does.
 * - One rating per (procedure, dossier code): a partial UNIQUE index, so ratings without a
 *   dossier code are not constrained.
 * - `content_hash` tells a resend (same hash → duplicate) from a different rating reusing an id
 *   (conflict). See src/server/ratings/content-hash.ts.
 * - `kiosk_id` is set only for ratings admitted with a kiosk token (issue 5).
 * - Times are UTC ISO strings on SQLite (`…T…Z`, sortable as text) and timestamptz on PostgreSQL.
 */
export function upSqliteRatings(db: BetterSqlite3.Database): void {
  db.exec(`
    CREATE TABLE ratings (
      id             TEXT PRIMARY KEY,
      procedure_code TEXT NOT NULL,
      overall        TEXT NOT NULL
                     CHECK (overall IN ('very_satisfied', 'satisfied', 'dissatisfied')),
      criteria       TEXT CHECK (criteria IS NULL OR json_valid(criteria)),
      comment        TEXT,
      dossier_code   TEXT,
      province       TEXT,
      channel        TEXT NOT NULL CHECK (channel IN ('online', 'in_person', 'kiosk')),
      created_at     TEXT NOT NULL,
      received_at    TEXT NOT NULL,
      locale         TEXT NOT NULL CHECK (locale IN ('vi', 'en')),
      content_hash   TEXT NOT NULL,
      kiosk_id       TEXT REFERENCES kiosks (id)
    ) STRICT;
    CREATE UNIQUE INDEX ratings_procedure_dossier_key
      ON ratings (procedure_code, dossier_code) WHERE dossier_code IS NOT NULL;
    CREATE INDEX ratings_created_at_idx ON ratings (created_at);
    CREATE INDEX ratings_province_created_at_idx ON ratings (province, created_at);
    CREATE INDEX ratings_procedure_created_at_idx ON ratings (procedure_code, created_at);
  `);
}

export async function upPostgresRatings(client: pg.PoolClient): Promise<void> {
  await client.query(`
    CREATE TABLE ratings (
      id             uuid PRIMARY KEY,
      procedure_code text NOT NULL,
      overall        text NOT NULL
                     CHECK (overall IN ('very_satisfied', 'satisfied', 'dissatisfied')),
      criteria       jsonb,
      comment        text,
      dossier_code   text,
      province       text,
      channel        text NOT NULL CHECK (channel IN ('online', 'in_person', 'kiosk')),
      created_at     timestamptz NOT NULL,
      received_at    timestamptz NOT NULL,
      locale         text NOT NULL CHECK (locale IN ('vi', 'en')),
      content_hash   text NOT NULL,
      kiosk_id       text REFERENCES kiosks (id)
    );
    CREATE UNIQUE INDEX ratings_procedure_dossier_key
      ON ratings (procedure_code, dossier_code) WHERE dossier_code IS NOT NULL;
    CREATE INDEX ratings_created_at_idx ON ratings (created_at);
    CREATE INDEX ratings_province_created_at_idx ON ratings (province, created_at);
    CREATE INDEX ratings_procedure_created_at_idx ON ratings (procedure_code, created_at);
  `);
}
