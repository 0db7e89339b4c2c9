import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createApp, type CreateAppOptions } from '../../../src/server/app.ts';
import { loadConfig, type ServerConfig } from '../../../src/server/config.ts';
import { openStorage } from '../../../src/server/storage/open.ts';
import type { Storage } from '../../../src/server/storage/types.ts';

/** A temp folder removed by `cleanup()`. */
export function makeTempDir(prefix = 'dvc-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Real SQLite storage in a fresh temp DATA_DIR; `close()` also removes the folder. */
export async function openTempSqliteStorage(): Promise<{
  storage: Storage;
  config: ServerConfig;
  close(): Promise<void>;
}> {
  const temp = makeTempDir('dvc-data-');
  const config = loadConfig({ DATA_DIR: temp.dir });
  const storage = await openStorage(config);
  return {
    storage,
    config,
    async close() {
      await storage.close();
      temp.cleanup();
    },
  };
}

/** The app over the given storage, silent, with the built app taken from `staticRoot`. */
export async function createTestApp(
  storage: Storage,
  options: Partial<
    Pick<
      CreateAppOptions,
      'config' | 'staticRoot' | 'pairThrottle' | 'requestTimeoutMs' | 'statsPerMinute'
    >
  > = {},
): Promise<FastifyInstance> {
  const app = await createApp({
    ...options,
    config: options.config ?? loadConfig({}),
    storage,
    logger: false,
    // A folder that does not exist = no built app, unless the test makes one.
    staticRoot: options.staticRoot ?? path.join(tmpdir(), 'dvc-no-such-dist'),
  });
  await app.ready();
  return app;
}

/**
 * The migrations of a database as it stood at `version`, for upgrade tests of the ratings and
 * stats migrations. The catalogue's own later migrations (9: province lists, 10: the change log)
 * come along, because today's catalogue store writes their columns and tables; they touch no
 * rating or rollup, which is what those tests upgrade. (Frozen old-schema fixtures would be the
 * better answer: see the open issue on freezing shipped migrations.)
 */
export function migrationsAsOf<M extends { version: number }>(
  migrations: readonly M[],
  version: number,
): M[] {
  const CATALOGUE_ONLY = new Set([9, 10]);
  return migrations.filter((m) => m.version <= version || CATALOGUE_ONLY.has(m.version));
}
