import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';

/**
 * Migration 9 (issue 12): each province's official list of online services, one row per
 * province (importing again replaces it). The entries are the matched codes and their levels,
 * as JSON: the list is read whole (GET /api/province-lists), never queried by entry.
 */
export const PROVINCE_LISTS_VERSION = 9;

export function upSqliteProvinceLists(db: BetterSqlite3.Database): void {
  db.exec(`
    CREATE TABLE province_lists (
      province      TEXT PRIMARY KEY,
      decision      TEXT NOT NULL,
      decision_date TEXT NOT NULL,
      imported_at   TEXT NOT NULL,
      entries       TEXT NOT NULL CHECK (json_valid(entries))
    ) STRICT;
  `);
}

export async function upPostgresProvinceLists(client: pg.PoolClient): Promise<void> {
  await client.query(`
    CREATE TABLE province_lists (
      province      text PRIMARY KEY,
      decision      text NOT NULL,
      decision_date date NOT NULL,
      imported_at   timestamptz NOT NULL,
      entries       jsonb NOT NULL
    );
  `);
}
