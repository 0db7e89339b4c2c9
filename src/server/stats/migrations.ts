import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';
import {
  backfillSql,
  CUBE_FAMILIES,
  createTablesSql,
  postgresTriggerSql,
  sqliteTriggerSql,
  V4_FAMILIES,
  type CubeFamily,
} from './rollup-schema.ts';

/** Added by migration 5 ("procedure rollups"). */
const V5_FAMILIES: readonly CubeFamily[] = ['procedure'];

/**
 * The "stats rollups" migration of each engine (listed in storage/<engine>/migrations.ts after
 * the ratings table). Shipped schema: if the rollups ever change, add a new migration that
 * drops and rebuilds them — never edit what these functions create.
 */
export function upSqliteStatsRollups(db: BetterSqlite3.Database): void {
  db.exec(createTablesSql('TEXT', 'INTEGER', ' STRICT', V4_FAMILIES));
  db.exec(backfillSql('sqlite', V4_FAMILIES));
  db.exec(sqliteTriggerSql(V4_FAMILIES));
}

/**
 * Migration 5: rollups by procedure alone (see FAMILY_DIMENSIONS), filled from the ratings
 * already stored, and the trigger replaced by one that keeps every family. Runs in the
 * migration's transaction: no rating can go in between the backfill and the new trigger.
 */
export function upSqliteProcedureRollups(db: BetterSqlite3.Database): void {
  db.exec('DROP TRIGGER ratings_stats_rollup;');
  db.exec(createTablesSql('TEXT', 'INTEGER', ' STRICT', V5_FAMILIES));
  db.exec(backfillSql('sqlite', V5_FAMILIES));
  db.exec(sqliteTriggerSql(CUBE_FAMILIES));
}

export async function upPostgresStatsRollups(client: pg.PoolClient): Promise<void> {
  // COLLATE "C": periods and codes compare byte by byte, like SQLite, whatever the locale.
  await client.query(createTablesSql('text COLLATE "C"', 'bigint', '', V4_FAMILIES));
  await client.query(backfillSql('postgres', V4_FAMILIES));
  await client.query(postgresTriggerSql(V4_FAMILIES));
}

export async function upPostgresProcedureRollups(client: pg.PoolClient): Promise<void> {
  // Dropping the trigger locks `ratings` until commit: inserts from other instances wait, so
  // none is missed between the backfill and the new trigger.
  await client.query(`DROP TRIGGER ratings_stats_rollup ON ratings;
    DROP FUNCTION ratings_stats_rollup();`);
  await client.query(createTablesSql('text COLLATE "C"', 'bigint', '', V5_FAMILIES));
  await client.query(backfillSql('postgres', V5_FAMILIES));
  await client.query(postgresTriggerSql(CUBE_FAMILIES));
}

/**
 * Migration 6 (issue 7, ingest speed).
 *
 * SQLite: the rollups are kept by the rating store, once per batch (rollup-batch.ts), instead
 * of by a row trigger that did ~20 upserts and a json_each per rating. Only the trigger goes:
 * the tables and their counts stay. Runs in the migration's transaction, which holds the write
 * lock, so no rating goes in between the trigger's last count and the store's first.
 * PostgreSQL keeps its statement-level trigger: it already counts once per batch, in SQL, and
 * counting in Node measured slower there.
 *
 * Both: the (province, created_at) and (procedure_code, created_at) indexes go. They served the
 * stats queries before the rollups (migration 4); nothing reads ratings by them now, and every
 * insert paid for them at a random place in each. (created_at alone stays: in production it is
 * filled in time order, so it costs little, and it is what a purge by age would use.)
 */
const DROP_UNUSED_INDEXES = `DROP INDEX ratings_province_created_at_idx;
  DROP INDEX ratings_procedure_created_at_idx;`;

export function upSqliteStoreRollups(db: BetterSqlite3.Database): void {
  db.exec('DROP TRIGGER ratings_stats_rollup;');
  db.exec(DROP_UNUSED_INDEXES);
}

export async function upPostgresUnusedIndexes(client: pg.PoolClient): Promise<void> {
  await client.query(DROP_UNUSED_INDEXES);
}
