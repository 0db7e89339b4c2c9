import { describe, expect, it } from 'vitest';
import { openPostgresStorage } from '../../src/server/storage/postgres/storage.ts';
import { openSqliteStorage, sqliteFileIn } from '../../src/server/storage/sqlite/storage.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { createTestDatabase } from './support/databases.ts';
import { countsOf, deadlocksSoFar } from './support/overlap-checks.ts';
import { runOverlappingLoad } from './support/overlap-load.ts';
import { makeTempDir } from './support/storage.ts';

/**
 * Issue 10, item 6: devices resending overlapping batches at once, each batch in its own
 * order. Every rating is stored once and counted once in the public figure, no batch fails,
 * and PostgreSQL detects no deadlock (before inserts were ordered, this load had dozens).
 */
const LOAD = {
  clients: 6,
  batchesPerClient: 15,
  batchSize: 200,
  poolSize: 2_000,
  procedureCodes: ['1.001193', '1.001022', '2.000488', '1.004194', '1.000656', '2.001023'],
};

const database = await createTestDatabase();

/** Runs the load; every id sent is stored once and counted once, and no batch failed. */
async function expectEachStoredOnce(storage: Storage): Promise<void> {
  const result = await runOverlappingLoad(storage.ratings, LOAD);
  expect(result.failures).toBe(0);
  expect(await countsOf(storage)).toEqual({
    stored: result.sent.size,
    rolledUp: result.sent.size,
  });
}

describe('overlapping batches from concurrent clients', () => {
  it('SQLite: none lost, none counted twice, no batch failed', async () => {
    const temp = makeTempDir('dvc-overlap-');
    const storage = openSqliteStorage(sqliteFileIn(temp.dir));
    try {
      await expectEachStoredOnce(storage);
    } finally {
      await storage.close();
      temp.cleanup();
    }
  });

  it.runIf(database !== undefined)('PostgreSQL: the same, and no deadlock', async () => {
    if (!database) throw new Error('unreachable: runIf');
    const before = await deadlocksSoFar(database.url);
    const storage = await openPostgresStorage(database.url);
    try {
      await expectEachStoredOnce(storage);
    } finally {
      // Backends report their statistics when they exit: close the pool before reading.
      await storage.close();
    }
    expect((await deadlocksSoFar(database.url)) - before).toBe(0);
    await database.drop();
  });
});
