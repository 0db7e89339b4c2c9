import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';
import {
  backfillSql,
  createTablesSql,
  postgresTriggerSql,
  sqliteTriggerSql,
} from './rollup-schema.ts';

/**
 * The "stats rollups" migration of each engine (listed in storage/<engine>/migrations.ts after
 * the ratings table). Shipped schema: if the rollups ever change, add a new migration that
 * drops and rebuilds them — never edit what these functions create.
 */
export function upSqliteStatsRollups(db: BetterSqlite3.Database): void {
  db.exec(createTablesSql('TEXT', 'INTEGER', ' STRICT'));
  db.exec(backfillSql('sqlite'));
  db.exec(sqliteTriggerSql());
}

export async function upPostgresStatsRollups(client: pg.PoolClient): Promise<void> {
  // COLLATE "C": periods and codes compare byte by byte, like SQLite, whatever the locale.
  await client.query(createTablesSql('text COLLATE "C"', 'bigint', ''));
  await client.query(backfillSql('postgres'));
  await client.query(postgresTriggerSql());
}
