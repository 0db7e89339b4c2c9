import pg from 'pg';
import { PostgresKioskStore } from '../../kiosks/postgres-store.ts';
import { PostgresStatsStore } from '../../stats/stats-store.ts';
import type { Storage } from '../types.ts';
import { PostgresCatalogStore } from './catalog-store.ts';
import { migratePostgres } from './migrate.ts';
import { POSTGRES_MIGRATIONS, type PostgresMigration } from './migrations.ts';
import { PostgresRatingStore } from './ratings-store.ts';

/** Connects a pool to DATABASE_URL and brings the schema up to date before answering anything. */
export async function openPostgresStorage(
  databaseUrl: string,
  migrations: readonly PostgresMigration[] = POSTGRES_MIGRATIONS,
): Promise<Storage> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  try {
    await migratePostgres(pool, migrations);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    kind: 'postgres',
    catalog: new PostgresCatalogStore(pool),
    ratings: new PostgresRatingStore(pool),
    stats: new PostgresStatsStore(pool),
    kiosks: new PostgresKioskStore(pool),
    close: () => pool.end(),
  };
}
