import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DvcDatabase,
  replaceDatabase,
  type OutboxItem,
  type SettingRow,
} from '../../../src/db/database.ts';
import { getKioskAuthorization, getKioskPairing } from '../../../src/db/kiosk.ts';
import {
  countOutbox,
  getOutboxItem,
  listOutboxItems,
  recoverStuckSending,
  settleResults,
  takeDueBatch,
} from '../../../src/db/outbox.ts';
import { getSetting } from '../../../src/db/settings.ts';
import { ratingSchema } from '../../../src/domain/rating.ts';
import fixture from './fixtures/dvc-v1.json' with { type: 'json' };

/**
 * Issue 6 / CONVENTIONS.md: a device database made by app schema version 1 opens in the current
 * app with its queue intact. The v1 database is made here with v1's own store declaration (frozen
 * in the fixture, never taken from today's code) and v1's rows; then the app opens it through
 * DvcDatabase and the outbox functions. When version 2 ships, this test runs its upgrade.
 */
const outboxRows = fixture.outbox as OutboxItem[];
const settingRows = fixture.settings as SettingRow[];

let counter = 0;
const opened: Dexie[] = [];

async function makeV1Database(): Promise<string> {
  counter += 1;
  const name = `dvc-v1-fixture-${counter}`;
  const v1 = new Dexie(name);
  v1.version(fixture.schemaVersion).stores(fixture.stores);
  await v1.open();
  await v1.table('outbox').bulkAdd(outboxRows);
  await v1.table('settings').bulkAdd(settingRows);
  v1.close();
  return name;
}

async function openAsTheApp(name: string): Promise<DvcDatabase> {
  const db = new DvcDatabase(name);
  opened.push(db);
  replaceDatabase(db);
  await db.open();
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('a database made by app version 1', () => {
  it('opens in the current app, at the current version or later', async () => {
    const db = await openAsTheApp(await makeV1Database());
    expect(db.verno).toBeGreaterThanOrEqual(fixture.schemaVersion);
    if (db.verno === fixture.schemaVersion) {
      // While the app is at version 1, its stores are exactly the fixture's: the fixture really
      // is what v1 makes (a shipped version is never edited, so this holds from then on).
      const schema = Object.fromEntries(
        db.tables.map((t) => [
          t.name,
          [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', '),
        ]),
      );
      expect(schema).toEqual(fixture.stores);
    }
  });

  it('keeps every queued rating, in every state, with its content', async () => {
    await openAsTheApp(await makeV1Database());
    const items = await listOutboxItems(0, 100);
    expect(items.map((i) => i.id)).toEqual(
      [...outboxRows].sort((a, b) => a.queuedAt - b.queuedAt).map((r) => r.id),
    );
    for (const row of outboxRows) {
      // A later version may add fields; it may not lose or change what v1 stored.
      expect(await getOutboxItem(row.id)).toMatchObject(row);
    }
    expect(await countOutbox()).toEqual({ waiting: 4, problems: 2, total: 6 });
    // Each queued rating is still one the server takes.
    for (const item of items) expect(ratingSchema.safeParse(item.rating).success).toBe(true);
  });

  it('keeps the kiosk pairing and the settings, so the queue can still be sent as before', async () => {
    await openAsTheApp(await makeV1Database());
    expect(await getKioskPairing()).toMatchObject({ kiosk: { id: 'k_01', province: '79' } });
    expect(await getKioskAuthorization()).toEqual({
      Authorization: 'Bearer kiosk-token-from-v1-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    });
    expect(await getSetting('app.locale')).toBe('vi');
    expect(await getSetting('catalog.version')).toBe(7);
  });

  it('sends the old queue: stuck items recover, due items go out, answered ones leave', async () => {
    await openAsTheApp(await makeV1Database());
    expect(await recoverStuckSending()).toBe(1);
    const later = Date.parse('2027-01-01T00:00:00Z');
    const batch = await takeDueBatch(later);
    expect(batch.map((i) => i.id).sort()).toEqual(
      outboxRows
        .filter((r) => r.state === 'pending' || r.state === 'sending')
        .map((r) => r.id)
        .sort(),
    );
    const settled = await settleResults(
      batch.map((i) => i.id),
      batch.map((i) => ({ id: i.id, status: 'accepted' as const })),
    );
    expect(settled.removed).toBe(4);
    // The two the server had refused stay, with their reasons, for the person to see.
    expect(await countOutbox()).toEqual({ waiting: 0, problems: 2, total: 2 });
    expect((await listOutboxItems(0, 10)).map((i) => i.reason)).toEqual([
      'dossier_already_rated',
      'id_conflict',
    ]);
  });
});
