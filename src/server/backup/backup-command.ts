import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ServerConfig } from '../config.ts';
import { ensureDataDir } from '../config.ts';
import { sqliteFileIn } from '../storage/sqlite/storage.ts';
import { formatBytes } from '../format-bytes.ts';
import { BackupError } from './inspect-sqlite.ts';
import { backupSqlite, restoreSqlite, type BackupResult } from './sqlite-backup.ts';

export interface BackupCommandIo {
  out(text: string): void;
  err(text: string): void;
}

export const BACKUP_USAGE = `Usage:
  npm run backup -- <backup file> [--force]   copy the running server's SQLite database
  npm run restore -- <backup file>            restore one into an empty DATA_DIR
Both read DATA_DIR like the server. With DATABASE_URL (PostgreSQL) use pg_dump and pg_restore:
see README.md, "Back up and restore".`;

const POSTGRES_NOTE =
  'DATABASE_URL is set: the data is in PostgreSQL, which this command does not copy. Use\n' +
  '  pg_dump --format=custom --file=dvc-$(date +%F).dump "$DATABASE_URL"\n' +
  '  pg_restore --exit-on-error --no-owner --dbname="$DATABASE_URL" dvc-<date>.dump\n' +
  '(README.md, "Back up and restore").';

/** `backup` and `restore` for operators; returns the exit code (0 done, 1 refused, 2 usage). */
export async function runBackupCommand(
  command: 'backup' | 'restore',
  args: readonly string[],
  config: Pick<ServerConfig, 'dataDir' | 'databaseUrl'>,
  io: BackupCommandIo,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { force: { type: 'boolean' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n${BACKUP_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(BACKUP_USAGE);
    return 0;
  }
  if (config.databaseUrl) {
    io.err(POSTGRES_NOTE);
    return 2;
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0 || (command === 'restore' && values.force)) {
    io.err(`Give exactly one backup file.\n${BACKUP_USAGE}`);
    return 2;
  }
  const backupFile = path.resolve(file);
  try {
    if (command === 'backup') {
      const result = await backupSqlite(sqliteFileIn(config.dataDir), backupFile, {
        overwrite: values.force ?? false,
      });
      io.out(`Backed up ${sqliteFileIn(config.dataDir)}`);
      io.out(`       to ${result.file} (${formatBytes(result.bytes)}); integrity check: ok`);
      io.out(describe(result));
      io.out(`Restore it with: npm run restore -- ${result.file}   (into an empty DATA_DIR)`);
    } else {
      ensureDataDir(config);
      const result = await restoreSqlite(backupFile, config.dataDir);
      io.out(`Restored ${backupFile}`);
      io.out(`      to ${result.file} (${formatBytes(result.bytes)}); integrity check: ok`);
      io.out(describe(result));
      io.out('Start the server on this DATA_DIR; it applies any newer schema migrations.');
    }
    return 0;
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    io.err(`${command === 'backup' ? 'Backup' : 'Restore'} refused: ${error.message}`);
    return 1;
  }
}

function describe(result: BackupResult): string {
  const catalogue =
    result.catalogVersion === null
      ? 'no catalogue'
      : `catalogue version ${result.catalogVersion} (${result.procedures.toLocaleString('en')} procedures)`;
  return (
    `  schema version ${result.schemaVersion}, ${result.ratings.toLocaleString('en')} ratings, ` +
    `${result.kiosks.toLocaleString('en')} kiosks, ${catalogue}`
  );
}
