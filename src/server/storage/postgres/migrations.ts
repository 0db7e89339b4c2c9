import type pg from 'pg';
import type { MigrationNotice } from '../migration-check.ts';
import { upPostgresProvinceLists } from '../../catalog/province-list/migrations.ts';
import { upPostgresCatalogChanges } from '../../catalog/changes-migration.ts';
import { upPostgresKiosks } from '../../kiosks/migrations.ts';
import { upPostgresDossierKeys } from '../../ratings/dossier-key-migration.ts';
import { upPostgresRatings } from '../../ratings/migrations.ts';
import { upPostgresRatingQuota } from '../../ratings/quota-migration.ts';
import {
  upPostgresProcedureRollups,
  upPostgresStatsRollups,
  upPostgresUnusedIndexes,
} from '../../stats/migrations.ts';

/**
 * PostgreSQL schema, as an ordered, APPEND-ONLY list: never edit a shipped entry, add the next
 * version instead. Pending entries run inside one transaction when the storage opens.
 */
export interface PostgresMigration {
  version: number;
  name: string;
  /** May return what the operator should know about the data it changed. */
  up(client: pg.PoolClient): Promise<MigrationNotice | undefined | void>;
}

export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  {
    version: 1,
    name: 'catalogue',
    async up(client) {
      await client.query(`
        CREATE TABLE procedures (
          code         text PRIMARY KEY,
          name_vi      text NOT NULL,
          online_level text NOT NULL,
          province     text,
          -- The whole Procedure (validated by src/domain/procedure.ts before writing).
          document     jsonb NOT NULL,
          updated_at   timestamptz NOT NULL
        );
        -- One row (id = 1): the catalogue's version, bumped by every import.
        CREATE TABLE catalog_meta (
          id         integer PRIMARY KEY CHECK (id = 1),
          version    integer NOT NULL,
          updated_at timestamptz NOT NULL,
          count      integer NOT NULL
        );
      `);
    },
  },
  { version: 2, name: 'kiosks', up: upPostgresKiosks },
  { version: 3, name: 'ratings', up: upPostgresRatings },
  // Triggers on ratings keep the rollups behind /api/stats (src/server/stats/rollup-schema.ts).
  { version: 4, name: 'stats rollups', up: upPostgresStatsRollups },
  // Rollups by procedure alone, for by=procedure/field/agency at national scale (issue 4).
  { version: 5, name: 'procedure rollups', up: upPostgresProcedureRollups },
  // Indexes the stats no longer read go: every insert paid for them (issue 7).
  { version: 6, name: 'unused ratings indexes', up: upPostgresUnusedIndexes },
  // One rating per dossier on its canonical key, not the code as typed (issue 10).
  { version: 7, name: 'dossier keys', up: upPostgresDossierKeys },
  // Daily rating quotas per address and kiosk, kept with the inserts (issue 10).
  { version: 8, name: 'rating quota', up: upPostgresRatingQuota },
  // Each province's official list of online services (issue 12).
  { version: 9, name: 'province lists', up: upPostgresProvinceLists },
  // A change log of the catalogue, so a device downloads only what changed (issue 14). Version
  // 9 is the province lists' (issue 12).
  { version: 10, name: 'catalogue changes', up: upPostgresCatalogChanges },
];
