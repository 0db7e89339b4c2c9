import type BetterSqlite3 from 'better-sqlite3';
import {
  checkKnownVersions,
  type AppliedMigration,
  type MigrationNotice,
  type MigrationOutcome,
} from '../migration-check.ts';
import type { SqliteMigration } from './migrations.ts';

/**
 * Applies the pending migrations in one transaction (all or nothing). Refuses a database made by
 * a newer version of the app, rather than running old code against a schema it does not know.
 * Returns the migrations it ran and what they had to report.
 */
export function migrateSqlite(
  db: BetterSqlite3.Database,
  migrations: readonly SqliteMigration[],
): MigrationOutcome {
  const notices: MigrationNotice[] = [];
  const ran: AppliedMigration[] = [];
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  // IMMEDIATE takes the write lock first, so two processes opening one file cannot both migrate.
  db.transaction(() => {
    const applied = db
      .prepare('SELECT version, name FROM schema_migrations ORDER BY version')
      .all() as AppliedMigration[];
    const pending = checkKnownVersions('SQLite', applied, migrations);
    const record = db.prepare(
      'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
    );
    for (const migration of pending) {
      const notice = migration.up(db);
      if (notice) notices.push(notice);
      record.run(migration.version, migration.name, new Date().toISOString());
      ran.push({ version: migration.version, name: migration.name });
    }
  }).immediate();
  return { notices, applied: ran };
}
