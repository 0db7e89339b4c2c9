import { randomBytes } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';

/**
 * Migration 8, "rating quota" (issue 10; see ./quota.ts). Shipped schema: change it only by
 * adding a migration.
 *
 * - `rating_quota`: ratings accepted per Vietnam day, subject (`kiosk:<id>` or `ip:<keyed
 *   hash>`) and procedure code (or `*` for the subject's total, `#dossier` for its ratings that
 *   name a dossier). The primary key starts with the day, so pruning old days is a range delete.
 * - `rating_quota_secret`: one random key, made here, that every instance reads, so all of them
 *   hash one address to one subject. It never leaves the database.
 */
export function upSqliteRatingQuota(db: BetterSqlite3.Database): void {
  db.exec(`
    CREATE TABLE rating_quota (
      day            TEXT NOT NULL,
      subject        TEXT NOT NULL,
      procedure_code TEXT NOT NULL,
      n              INTEGER NOT NULL CHECK (n >= 0),
      PRIMARY KEY (day, subject, procedure_code)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE rating_quota_secret (
      id     INTEGER PRIMARY KEY CHECK (id = 1),
      secret TEXT NOT NULL
    ) STRICT;
  `);
  db.prepare('INSERT INTO rating_quota_secret (id, secret) VALUES (1, ?)').run(newSecret());
}

export async function upPostgresRatingQuota(client: pg.PoolClient): Promise<void> {
  await client.query(`
    CREATE TABLE rating_quota (
      day            text COLLATE "C" NOT NULL,
      subject        text COLLATE "C" NOT NULL,
      procedure_code text COLLATE "C" NOT NULL,
      n              integer NOT NULL CHECK (n >= 0),
      PRIMARY KEY (day, subject, procedure_code)
    );
    CREATE TABLE rating_quota_secret (
      id     integer PRIMARY KEY CHECK (id = 1),
      secret text NOT NULL
    );
  `);
  await client.query('INSERT INTO rating_quota_secret (id, secret) VALUES (1, $1)', [newSecret()]);
}

function newSecret(): string {
  return randomBytes(32).toString('hex');
}
