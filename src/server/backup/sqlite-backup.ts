import { existsSync, linkSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_FILE_NAME } from '../storage/sqlite/storage.ts';
import { BackupError, inspectSqliteFile, type SqliteFileSummary } from './inspect-sqlite.ts';

export interface BackupResult extends SqliteFileSummary {
  file: string;
  bytes: number;
}

/** Pages per backup step: all that is left, so the copy is one read transaction (see below). */
const ALL_PAGES = 0x7fffffff;

/**
 * Copies the live database `source` to `target` with SQLite's online backup API (not a file
 * copy: a copy of the file while the server writes could hold half a transaction, and would miss
 * what is still in the WAL). The server keeps answering meanwhile: in WAL mode a reader never
 * blocks the writer. The copy is made in one step, i.e. one read transaction, so it is the
 * database as of one moment: every rating accepted before the backup started is in it. (Made in
 * small steps, SQLite would restart the copy whenever the server commits, and under steady
 * traffic might never finish.) The copy is written next to `target` under a temporary name,
 * checked, and only then renamed: a failed backup never leaves a half file under its name.
 */
export async function backupSqlite(
  source: string,
  target: string,
  options: { overwrite?: boolean } = {},
): Promise<BackupResult> {
  if (!existsSync(source)) {
    throw new BackupError(
      `There is no database to back up at ${source} (check DATA_DIR: the server creates the ` +
        'file when it first starts).',
    );
  }
  if (existsSync(target) && !options.overwrite) {
    throw new BackupError(
      `${target} already exists: give a new file name (a date in it helps), or --force to ` +
        'replace it.',
    );
  }
  if (!existsSync(path.dirname(target))) {
    throw new BackupError(`The folder ${path.dirname(target)} does not exist.`);
  }
  const partial = `${target}.partial-${process.pid}`;
  const db = new Database(source, { fileMustExist: true });
  try {
    // The server may hold the write lock for a moment; wait for it rather than fail.
    db.pragma('busy_timeout = 10000');
    await db.backup(partial, { progress: () => ALL_PAGES });
  } catch (error) {
    rmSync(partial, { force: true });
    throw new BackupError(`The backup failed: ${(error as Error).message}`);
  } finally {
    db.close();
  }
  try {
    // A backup is one file: no WAL beside it to forget when it is copied elsewhere.
    const copy = new Database(partial);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    const summary = inspectSqliteFile(partial, 'The new backup');
    renameSync(partial, target);
    return { ...summary, file: target, bytes: statSync(target).size };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * Restores the backup `file` into `dataDir`, which must not hold a database yet: the backup is
 * checked first (integrity and schema version, inspect-sqlite.ts), then copied in under a
 * temporary name and linked into place, which fails rather than replace a database that appeared
 * meanwhile (a server started on the folder). The server brings an older backup's schema up to
 * date when it next starts.
 */
export async function restoreSqlite(file: string, dataDir: string): Promise<BackupResult> {
  if (!existsSync(file)) throw new BackupError(`There is no backup file at ${file}.`);
  const target = path.join(dataDir, SQLITE_FILE_NAME);
  const assertEmpty = () => {
    const present = [target, `${target}-wal`].filter((f) => existsSync(f));
    if (present.length > 0) {
      throw new BackupError(
        `DATA_DIR ${dataDir} already has a database (${present.join(', ')}). Restore never ` +
          'overwrites one: stop the server, move that file aside (keep it until the restored ' +
          'server works), or point DATA_DIR at an empty folder, then run restore again.',
      );
    }
  };
  assertEmpty();
  inspectSqliteFile(file, 'The backup');
  const partial = path.join(dataDir, `${SQLITE_FILE_NAME}.restoring-${process.pid}`);
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(partial, { progress: () => ALL_PAGES });
  } catch (error) {
    rmSync(partial, { force: true });
    throw new BackupError(`The restore failed: ${(error as Error).message}`);
  } finally {
    source.close();
  }
  try {
    const summary = inspectSqliteFile(partial, 'The restored copy');
    assertEmpty();
    linkSync(partial, target);
    return { ...summary, file: target, bytes: statSync(target).size };
  } finally {
    rmSync(partial, { force: true });
  }
}
