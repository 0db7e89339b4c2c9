import Database from 'better-sqlite3';
import { checkKnownVersions, type AppliedMigration } from '../storage/migration-check.ts';
import { SQLITE_MIGRATIONS } from '../storage/sqlite/migrations.ts';

/** A backup or restore refused for a reason the operator can act on; the CLI prints the message. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** What a DVC SQLite file holds, as the backup and restore commands report it. */
export interface SqliteFileSummary {
  schemaVersion: number;
  ratings: number;
  kiosks: number;
  catalogVersion: number | null;
  procedures: number;
}

/**
 * Checks that `file` is a whole, undamaged DVC database this release can open: SQLite's own
 * integrity check over every page, then its schema version against the migrations this code
 * knows (a newer release's database is refused, as the server itself would refuse it).
 * Throws a BackupError naming what is wrong.
 */
export function inspectSqliteFile(file: string, what: string): SqliteFileSummary {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${what} ${file} cannot be opened: ${(error as Error).message}`);
  }
  try {
    return summarize(db, file, what);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new BackupError(
        `${what} ${file} is damaged or is not a SQLite database (${(error as Error).message}). ` +
          'Use another backup.',
      );
    }
    throw error;
  } finally {
    db.close();
  }
}

function summarize(db: Database.Database, file: string, what: string): SqliteFileSummary {
  // integrity_check reads every page and index; "ok" alone means nothing was found wrong.
  const problems = (db.pragma('integrity_check(20)') as { integrity_check: string }[]).map(
    (row) => row.integrity_check,
  );
  if (problems.length !== 1 || problems[0] !== 'ok') {
    throw new BackupError(
      `${what} ${file} is damaged: SQLite's integrity check found ${problems.length} ` +
        `problem(s), e.g. "${problems[0]}". Use another backup.`,
    );
  }
  const hasTable = (name: string) =>
    db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !==
    undefined;
  if (!hasTable('schema_migrations') || !hasTable('ratings') || !hasTable('catalog_meta')) {
    throw new BackupError(
      `${what} ${file} is a SQLite database but not one of DVC (it has no ratings, catalogue ` +
        'or schema_migrations table).',
    );
  }
  const applied = db
    .prepare('SELECT version, name FROM schema_migrations ORDER BY version')
    .all() as AppliedMigration[];
  try {
    checkKnownVersions('SQLite', applied, SQLITE_MIGRATIONS);
  } catch (error) {
    throw new BackupError(`${what} ${file}: ${(error as Error).message}`);
  }
  const count = (sql: string) => (db.prepare(sql).pluck().get() as number | undefined) ?? 0;
  const meta = db.prepare('SELECT version, count FROM catalog_meta WHERE id = 1').get() as
    { version: number; count: number } | undefined;
  return {
    schemaVersion: Math.max(0, ...applied.map((m) => m.version)),
    ratings: count('SELECT count(*) FROM ratings'),
    kiosks: hasTable('kiosks') ? count('SELECT count(*) FROM kiosks') : 0,
    catalogVersion: meta?.version ?? null,
    procedures: meta?.count ?? 0,
  };
}
