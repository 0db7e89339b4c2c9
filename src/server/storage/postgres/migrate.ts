import type pg from 'pg';
import {
  checkKnownVersions,
  type AppliedMigration,
  type MigrationNotice,
  type MigrationOutcome,
} from '../migration-check.ts';
import type { PostgresMigration } from './migrations.ts';

/** Any constant shared by every instance: serialises migrations when several start at once. */
const MIGRATION_LOCK_KEY = 4_834_201;

/**
 * Applies the pending migrations in one transaction (all or nothing). Refuses a database made by
 * a newer version of the app, rather than running old code against a schema it does not know.
 * Returns the migrations it ran and what they had to report.
 */
export async function migratePostgres(
  pool: pg.Pool,
  migrations: readonly PostgresMigration[],
): Promise<MigrationOutcome> {
  const notices: MigrationNotice[] = [];
  const applied: AppliedMigration[] = [];
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version    integer PRIMARY KEY,
      name       text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<AppliedMigration>(
      'SELECT version, name FROM schema_migrations ORDER BY version',
    );
    const pending = checkKnownVersions('PostgreSQL', rows, migrations);
    for (const migration of pending) {
      const notice = await migration.up(client);
      if (notice) notices.push(notice);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push({ version: migration.version, name: migration.name });
    }
    await client.query('COMMIT');
    return { notices, applied };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
