import pg from 'pg';
import { PostgresKioskStore } from '../../kiosks/postgres-store.ts';
import { PostgresStatsStore } from '../../stats/stats-store.ts';
import { DOSSIER_KEYS_VERSION, RATING_QUOTA_VERSION } from '../../ratings/schema-versions.ts';
import type { Storage } from '../types.ts';
import { PostgresCatalogStore } from './catalog-store.ts';
import { PostgresProvinceListStore } from '../../catalog/province-list/store.ts';
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
  let migrated;
  try {
    migrated = await migratePostgres(pool, migrations);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    kind: 'postgres',
    location: withoutPassword(databaseUrl),
    migrationNotices: migrated.notices,
    migrationsApplied: migrated.applied,
    catalog: new PostgresCatalogStore(pool),
    // A database held at an older version (tests of the upgrade) has no dossier keys or quota.
    ratings: new PostgresRatingStore(pool, {
      hasDossierKeys: migrations.some((m) => m.version === DOSSIER_KEYS_VERSION),
      hasQuota: migrations.some((m) => m.version === RATING_QUOTA_VERSION),
    }),
    stats: new PostgresStatsStore(pool),
    kiosks: new PostgresKioskStore(pool),
    provinceLists: new PostgresProvinceListStore(pool),
    async sizeBytes() {
      const { rows } = await pool.query<{ bytes: string }>(
        'SELECT pg_database_size(current_database()) AS bytes',
      );
      return Number(rows[0]?.bytes ?? 0);
    },
    close: () => pool.end(),
  };
}

/** The connection string as logs and the banner may show it: the password replaced. */
export function withoutPassword(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://…';
  }
}
