import { statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SqliteKioskStore } from '../../kiosks/sqlite-store.ts';
import { SqliteStatsStore } from '../../stats/stats-store.ts';
import { STORE_ROLLUPS_VERSION } from '../../stats/rollup-batch.ts';
import { DOSSIER_KEYS_VERSION, RATING_QUOTA_VERSION } from '../../ratings/schema-versions.ts';
import type { MigrationOutcome } from '../migration-check.ts';
import type { Storage } from '../types.ts';
import { SqliteCatalogStore } from './catalog-store.ts';
import { SqliteProvinceListStore } from '../../catalog/province-list/store.ts';
import { migrateSqlite } from './migrate.ts';
import { SQLITE_MIGRATIONS, type SqliteMigration } from './migrations.ts';
import { SqliteRatingStore } from './ratings-store.ts';

export const SQLITE_FILE_NAME = 'dvc.sqlite';

/** Opens (creating when needed) the SQLite database at `file` and brings its schema up to date. */
export function openSqliteStorage(
  file: string,
  migrations: readonly SqliteMigration[] = SQLITE_MIGRATIONS,
): Storage {
  const db = new Database(file);
  const has = (version: number) => migrations.some((m) => m.version === version);
  let migrated: MigrationOutcome;
  try {
    db.pragma('journal_mode = WAL');
    // FULL syncs the WAL on every commit: an accepted rating is answered "accepted" to a device
    // that then deletes it from its outbox, so it must survive a power cut right after the
    // answer. NORMAL (WAL's usual setting) would survive a killed process (the commit is in the
    // OS's page cache) but could lose the last commits on power loss or an OS crash, and the
    // device would never resend them. The cost is one fsync per batch (tests/bench measures it).
    // tests/server/durability.test.ts SIGKILLs the server right after "accepted" answers.
    db.pragma('synchronous = FULL');
    // Checkpoint the WAL into the database every ~40 MB instead of SQLite's ~4 MB: a batch of
    // ratings dirties pages all over the rollup tables, and a rarer checkpoint writes each page
    // once for many batches (ingest ~15–20% faster, issue 7). Durability is unchanged: every
    // commit is still synced to the WAL.
    db.pragma('wal_autocheckpoint = 10000');
    db.pragma('foreign_keys = ON');
    // An import from the CLI may hold the write lock while the server runs: wait, do not fail.
    db.pragma('busy_timeout = 5000');
    migrated = migrateSqlite(db, migrations);
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    kind: 'sqlite',
    location: file,
    migrationNotices: migrated.notices,
    migrationsApplied: migrated.applied,
    catalog: new SqliteCatalogStore(db),
    // A database left at an older version (tests of the upgrade) still has the rollup trigger,
    // and no dossier keys or quota.
    ratings: new SqliteRatingStore(db, {
      keepsRollups: has(STORE_ROLLUPS_VERSION),
      hasDossierKeys: has(DOSSIER_KEYS_VERSION),
      hasQuota: has(RATING_QUOTA_VERSION),
    }),
    stats: new SqliteStatsStore(db),
    kiosks: new SqliteKioskStore(db),
    provinceLists: new SqliteProvinceListStore(db),
    async sizeBytes() {
      // The database file and its write-ahead log (what a checkpoint has not yet moved in).
      return [file, `${file}-wal`].reduce(
        (sum, f) => sum + (statSync(f, { throwIfNoEntry: false })?.size ?? 0),
        0,
      );
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

export function sqliteFileIn(dataDir: string): string {
  return path.join(dataDir, SQLITE_FILE_NAME);
}
