import { describe, expect, it, vi } from 'vitest';
import { ensureCatalogSeeded } from '../../src/server/catalog/ensure-seeded.ts';
import { makeProcedure } from './support/procedures.ts';
import { openTempSqliteStorage } from './support/storage.ts';

const silentLog = () => ({ info: vi.fn(), error: vi.fn() });

describe('seeding the catalogue at start', () => {
  it('fills an empty catalogue with the shipped seed', async () => {
    const { storage, close } = await openTempSqliteStorage();
    try {
      const seeded = await ensureCatalogSeeded(storage, silentLog());
      expect(seeded).toBeGreaterThanOrEqual(120);
      expect(await storage.catalog.get('1.001193')).toMatchObject({
        name: { vi: expect.stringContaining('khai sinh') },
      });
      expect((await storage.catalog.meta())?.version).toBe(1);
    } finally {
      await close();
    }
  });

  it('leaves an existing catalogue alone', async () => {
    const { storage, close } = await openTempSqliteStorage();
    try {
      await storage.catalog.upsert([makeProcedure('1.000001')]);
      expect(await ensureCatalogSeeded(storage, silentLog())).toBe(0);
      expect(await storage.catalog.meta()).toMatchObject({ version: 1, count: 1 });
    } finally {
      await close();
    }
  });

  it('logs a broken seed and keeps the server usable with an empty catalogue', async () => {
    const { storage, close } = await openTempSqliteStorage();
    const log = silentLog();
    try {
      const seeded = await ensureCatalogSeeded(storage, log, () => {
        throw new Error('Seed land.json: not valid JSON');
      });
      expect(seeded).toBe(0);
      expect(log.error).toHaveBeenCalledOnce();
      expect(await storage.catalog.meta()).toBeUndefined();
    } finally {
      await close();
    }
  });
});
