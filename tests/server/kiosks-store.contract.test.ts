import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairKiosk, provisionKiosk } from '../../src/server/kiosks/provision.ts';
import { verifyKioskToken } from '../../src/server/kiosks/verify.ts';
import { openPostgresStorage } from '../../src/server/storage/postgres/storage.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { createTestDatabase } from './support/databases.ts';
import { openTempSqliteStorage } from './support/storage.ts';

const office = {
  name: 'Trung tâm Phục vụ hành chính công',
  province: '01',
  agency: 'UBND TP',
} as const;
const DAY = 24 * 60 * 60 * 1000;

function kioskStoreContract(
  name: string,
  setup: () => Promise<{ storage: Storage; dispose(): Promise<void> } | undefined>,
) {
  describe(`KioskStore contract: ${name}`, () => {
    let opened: { storage: Storage; dispose(): Promise<void> } | undefined;
    beforeAll(async () => {
      opened = await setup();
    });
    afterAll(async () => opened?.dispose());

    it('pairs with a code exactly once, even when two tablets race with it', async (context) => {
      if (!opened) return context.skip('PostgreSQL is not available');
      const { kiosks } = opened.storage;
      const { pairingCode } = await provisionKiosk(kiosks, office);
      const results = await Promise.all([
        pairKiosk(kiosks, pairingCode),
        pairKiosk(kiosks, pairingCode),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['paired', 'used']);
      const winner = results.find((r) => r.status === 'paired');
      if (winner?.status !== 'paired') throw new Error('no tablet paired');
      expect(winner.kiosk).toMatchObject({ ...office, procedures: [], allowComments: false });
      expect(await verifyKioskToken(kiosks, `Bearer ${winner.token}`)).toMatchObject({
        ok: true,
        kiosk: { id: winner.kiosk.id },
      });
    });

    it('refuses a code after 24 hours', async (context) => {
      if (!opened) return context.skip('PostgreSQL is not available');
      const { kiosks } = opened.storage;
      const created = new Date('2026-11-01T08:00:00Z');
      const { pairingCode } = await provisionKiosk(kiosks, office, created);
      const late = new Date(created.getTime() + DAY + 1);
      expect(await pairKiosk(kiosks, pairingCode, late)).toEqual({ status: 'expired' });
    });

    it('stops a token at revocation, with a reason the tablet can show', async (context) => {
      if (!opened) return context.skip('PostgreSQL is not available');
      const { kiosks } = opened.storage;
      const { pairingCode, kiosk } = await provisionKiosk(kiosks, office);
      const paired = await pairKiosk(kiosks, pairingCode);
      if (paired.status !== 'paired') throw new Error('did not pair');
      const revoked = await kiosks.revoke(kiosk.id, new Date().toISOString());
      expect(revoked?.revokedAt).not.toBeNull();
      // Revoking twice keeps the first date.
      expect((await kiosks.revoke(kiosk.id, '2099-01-01T00:00:00.000Z'))?.revokedAt).toBe(
        revoked?.revokedAt,
      );
      expect(await verifyKioskToken(kiosks, `Bearer ${paired.token}`)).toEqual({
        ok: false,
        reason: 'kiosk_revoked',
      });
      expect(await verifyKioskToken(kiosks, 'Bearer not-a-token')).toEqual({
        ok: false,
        reason: 'kiosk_unauthorized',
      });
      expect(await verifyKioskToken(kiosks, undefined)).toEqual({
        ok: false,
        reason: 'kiosk_unauthorized',
      });
    });
  });
}

kioskStoreContract('SQLite', async () => {
  const { storage, close } = await openTempSqliteStorage();
  return { storage, dispose: close };
});

kioskStoreContract('PostgreSQL', async () => {
  const database = await createTestDatabase();
  if (!database) return undefined;
  const storage = await openPostgresStorage(database.url);
  return {
    storage,
    async dispose() {
      await storage.close();
      await database.drop();
    },
  };
});
