import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DvcDatabase, replaceDatabase } from '../../../../src/db/database.ts';
import { exportOutboxAsBlob } from '../../../../src/db/kiosk-export.ts';
import {
  checkStaffPin,
  completeKioskRating,
  enqueueKioskRating,
  getKioskAuthorization,
  getKioskPairing,
  releaseKioskRating,
  savePairing,
  unpair,
} from '../../../../src/db/kiosk.ts';
import { KIOSK_UNSPECIFIED_PROCEDURE, type Kiosk } from '../../../../src/domain/kiosk.ts';
import { makeKioskRating } from '../../../../src/features/kiosk/kiosk-rating.ts';

const kiosk: Kiosk = {
  id: 'k1',
  name: 'Bộ phận Một cửa',
  province: '01',
  agency: 'UBND phường',
  procedures: [],
  allowComments: false,
};

let db: DvcDatabase;
let counter = 0;
beforeEach(() => {
  counter += 1;
  db = new DvcDatabase(`kiosk-unit-${counter}`);
  replaceDatabase(db);
});

describe('kiosk outbox hold', () => {
  it('keeps the one-tap rating in the outbox at once, held from sync, then completes it in place', async () => {
    const rating = makeKioskRating(kiosk, 'dissatisfied', 'vi');
    expect(rating).toMatchObject({
      channel: 'kiosk',
      province: '01',
      procedureCode: KIOSK_UNSPECIFIED_PROCEDURE,
    });
    const holdUntil = Date.now() + 25_000;
    await enqueueKioskRating(rating, holdUntil);
    expect(await db.outbox.get(rating.id)).toMatchObject({
      state: 'pending',
      nextAttemptAt: holdUntil,
    });

    expect(
      await completeKioskRating(rating.id, {
        procedureCode: '1.001193',
        criteria: { on_time: 'satisfied' },
      }),
    ).toBe(true);
    const stored = await db.outbox.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.rating).toMatchObject({
      id: rating.id,
      overall: 'dissatisfied',
      procedureCode: '1.001193',
      criteria: { on_time: 'satisfied' },
    });
    expect(stored[0]?.nextAttemptAt).toBeLessThanOrEqual(Date.now());
  });

  it('leaves a rating alone once it is being sent, so it is never sent with two contents', async () => {
    const rating = makeKioskRating(kiosk, 'satisfied', 'en');
    await enqueueKioskRating(rating, Date.now() + 25_000);
    await db.outbox.update(rating.id, { state: 'sending' });
    expect(await completeKioskRating(rating.id, { procedureCode: '1.001193' })).toBe(false);
    await releaseKioskRating(rating.id);
    expect((await db.outbox.get(rating.id))?.rating.procedureCode).toBe(
      KIOSK_UNSPECIFIED_PROCEDURE,
    );
    // Already sent and gone: nothing to complete, nothing re-created.
    await db.outbox.delete(rating.id);
    expect(await completeKioskRating(rating.id, { procedureCode: '1.001193' })).toBe(false);
    expect(await db.outbox.count()).toBe(0);
  });

  it('uses the desk’s only procedure when it has exactly one', () => {
    expect(
      makeKioskRating({ ...kiosk, procedures: ['1.001193'] }, 'satisfied', 'vi').procedureCode,
    ).toBe('1.001193');
  });
});

describe('kiosk pairing on the device', () => {
  it('stores the token for the sync engine and only a salted hash of the PIN', async () => {
    expect(await getKioskAuthorization()).toEqual({});
    await savePairing('t'.repeat(43), kiosk, '4321');
    expect(await getKioskAuthorization()).toEqual({ Authorization: `Bearer ${'t'.repeat(43)}` });
    const pairing = await getKioskPairing();
    expect(JSON.stringify(pairing)).not.toContain('4321');
    expect(await checkStaffPin('4321')).toBe(true);
    expect(await checkStaffPin('1234')).toBe(false);
    await unpair();
    expect(await getKioskPairing()).toBeUndefined();
    expect(await checkStaffPin('4321')).toBe(false);
  });
});

describe('queue export', () => {
  it('exports every queued item, page by page, as one JSON file', async () => {
    for (let i = 0; i < 1_203; i += 1) {
      await enqueueKioskRating(makeKioskRating(kiosk, 'satisfied', 'vi'), 0);
    }
    const parsed = JSON.parse(await (await exportOutboxAsBlob()).text()) as {
      items: { id: string }[];
    };
    expect(parsed.items).toHaveLength(1_203);
    expect(new Set(parsed.items.map((item) => item.id)).size).toBe(1_203);
  });
});
