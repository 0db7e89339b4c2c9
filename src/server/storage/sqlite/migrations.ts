import type BetterSqlite3 from 'better-sqlite3';
import type { MigrationNotice } from '../migration-check.ts';
import { upSqliteProvinceLists } from '../../catalog/province-list/migrations.ts';
import { upSqliteCatalogChanges } from '../../catalog/changes-migration.ts';
import { upSqliteKiosks } from '../../kiosks/migrations.ts';
import { upSqliteDossierKeys } from '../../ratings/dossier-key-migration.ts';
import { upSqliteRatings } from '../../ratings/migrations.ts';
import { upSqliteRatingQuota } from '../../ratings/quota-migration.ts';
import {
  upSqliteProcedureRollups,
  upSqliteStatsRollups,
  upSqliteStoreRollups,
} from '../../stats/migrations.ts';

/**
 * SQLite schema, as an ordered, APPEND-ONLY list: never edit a shipped entry, add the next
 * version instead. Each entry runs once, inside a transaction, when the storage opens.
 */
export interface SqliteMigration {
  version: number;
  name: string;
  /** May return what the operator should know about the data it changed. */
  up(db: BetterSqlite3.Database): MigrationNotice | undefined | void;
}

export const SQLITE_MIGRATIONS: readonly SqliteMigration[] = [
  {
    version: 1,
    name: 'catalogue',
    up(db) {
      db.exec(`
        CREATE TABLE procedures (
          code         TEXT PRIMARY KEY,
          name_vi      TEXT NOT NULL,
          online_level TEXT NOT NULL,
          province     TEXT,
          -- The whole Procedure as JSON (validated by src/domain/procedure.ts before writing).
          document     TEXT NOT NULL CHECK (json_valid(document)),
          updated_at   TEXT NOT NULL
        ) STRICT;
        -- One row (id = 1): the catalogue's version, bumped by every import.
        CREATE TABLE catalog_meta (
          id         INTEGER PRIMARY KEY CHECK (id = 1),
          version    INTEGER NOT NULL,
          updated_at TEXT NOT NULL,
          count      INTEGER NOT NULL
        ) STRICT;
      `);
    },
  },
  { version: 2, name: 'kiosks', up: upSqliteKiosks },
  { version: 3, name: 'ratings', up: upSqliteRatings },
  // Triggers on ratings keep the rollups behind /api/stats (src/server/stats/rollup-schema.ts).
  { version: 4, name: 'stats rollups', up: upSqliteStatsRollups },
  // Rollups by procedure alone, for by=procedure/field/agency at national scale (issue 4).
  { version: 5, name: 'procedure rollups', up: upSqliteProcedureRollups },
  // The rating store keeps the rollups once per batch instead of a trigger once per rating, and
  // indexes the stats no longer read go (issue 7).
  { version: 6, name: 'rollups kept by the store', up: upSqliteStoreRollups },
  // One rating per dossier on its canonical key, not the code as typed (issue 10).
  { version: 7, name: 'dossier keys', up: upSqliteDossierKeys },
  // Daily rating quotas per address and kiosk, kept with the inserts (issue 10).
  { version: 8, name: 'rating quota', up: upSqliteRatingQuota },
  // Each province's official list of online services (issue 12).
  { version: 9, name: 'province lists', up: upSqliteProvinceLists },
  // A change log of the catalogue, so a device downloads only what changed (issue 14). Version
  // 9 is the province lists' (issue 12).
  { version: 10, name: 'catalogue changes', up: upSqliteCatalogChanges },
];
