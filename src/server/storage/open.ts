import { ensureDataDir, type ServerConfig } from '../config.ts';
import { openPostgresStorage } from './postgres/storage.ts';
import { openSqliteStorage, sqliteFileIn } from './sqlite/storage.ts';
import type { Storage } from './types.ts';

/** PostgreSQL when DATABASE_URL is set (several instances, one database); else SQLite in DATA_DIR. */
export async function openStorage(
  config: Pick<ServerConfig, 'dataDir' | 'databaseUrl'>,
): Promise<Storage> {
  if (config.databaseUrl) return openPostgresStorage(config.databaseUrl);
  ensureDataDir(config);
  return openSqliteStorage(sqliteFileIn(config.dataDir));
}
