import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';

/**
 * Migration 10 (issue 14, item 3): a change log, so a returning device downloads only what an
 * import added, changed or removed since the version it has. Each procedure carries the version
 * that last wrote it; a removed one leaves its code and the version that removed it. Versions
 * before `changes_since` (the one at this migration) are not covered: a device that old gets
 * the full answer, as it would have before.
 */
export function upSqliteCatalogChanges(db: BetterSqlite3.Database): void {
  db.exec(`
    ALTER TABLE procedures ADD COLUMN changed_version INTEGER NOT NULL DEFAULT 0;
    UPDATE procedures
      SET changed_version = coalesce((SELECT version FROM catalog_meta WHERE id = 1), 0);
    CREATE INDEX procedures_changed_version ON procedures (changed_version);
    CREATE TABLE catalog_removals (
      code    TEXT PRIMARY KEY,
      version INTEGER NOT NULL
    ) STRICT;
    ALTER TABLE catalog_meta ADD COLUMN changes_since INTEGER NOT NULL DEFAULT 0;
    UPDATE catalog_meta SET changes_since = version;
  `);
}

export async function upPostgresCatalogChanges(client: pg.PoolClient): Promise<void> {
  await client.query(`
    ALTER TABLE procedures ADD COLUMN changed_version integer NOT NULL DEFAULT 0;
    UPDATE procedures
      SET changed_version = coalesce((SELECT version FROM catalog_meta WHERE id = 1), 0);
    CREATE INDEX procedures_changed_version ON procedures (changed_version);
    CREATE TABLE catalog_removals (
      code    text PRIMARY KEY,
      version integer NOT NULL
    );
    ALTER TABLE catalog_meta ADD COLUMN changes_since integer NOT NULL DEFAULT 0;
    UPDATE catalog_meta SET changes_since = version;
  `);
}
