import { Dexie, type EntityTable } from 'dexie';
import { toProcedureEntry, type ProcedureEntry } from '../domain/catalog-delta.ts';
import type { Procedure } from '../domain/procedure.ts';
import type { ProvinceList } from '../domain/province-list.ts';
import type { Rating, RatingRejectReason } from '../domain/rating.ts';

/** A key–value row: catalogue version, chosen language and province, kiosk pairing… */
export interface SettingRow {
  key: string;
  value: unknown;
}

export const OUTBOX_STATES = ['pending', 'sending', 'rejected', 'conflict'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** A rating waiting on this device. It leaves the table only when the server answered for it. */
export interface OutboxItem {
  /** The rating's own id (made once, in the transaction that stored it). */
  id: string;
  rating: Rating;
  state: OutboxState;
  /** createdAt as epoch ms, for ordering and "oldest waiting". */
  queuedAt: number;
  attempts: number;
  /** Epoch ms before which the item is not sent again (backoff, Retry-After). */
  nextAttemptAt: number;
  reason?: RatingRejectReason;
  lastError?: string;
}

export const DATABASE_NAME = 'dvc';

export class DvcDatabase extends Dexie {
  /** Whole procedures (details), as they come: on demand, then all in the background. */
  procedures!: EntityTable<Procedure, 'code'>;
  /** The list: every procedure's entry, what search and the cards need (issue 14). */
  catalogEntries!: EntityTable<ProcedureEntry, 'code'>;
  settings!: EntityTable<SettingRow, 'key'>;
  outbox!: EntityTable<OutboxItem, 'id'>;
  /** Provinces' official lists of online services (issue 12), one row per province. */
  provinceLists!: EntityTable<ProvinceList, 'province'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Versions are append-only: never edit a shipped one; add the next with an upgrade and a
    // test that opens a database made by the previous version (CONVENTIONS.md).
    this.version(1).stores({
      procedures: 'code, onlineLevel, province',
      settings: 'key',
      outbox: 'id, state, queuedAt, [state+nextAttemptAt]',
    });
    // Issue 12: a new table only; the catalogue sync fills it (no upgrade of stored rows).
    this.version(2).stores({ provinceLists: 'province' });
    // Version 3 is left for the outbox split (issue 15).
    // Issue 14: the list apart from the details. A device that had the whole catalogue has
    // its list at once, at the same version, and then asks only for what changed.
    this.version(4)
      .stores({ catalogEntries: 'code, onlineLevel, province' })
      .upgrade(async (tx) => {
        const entries: ProcedureEntry[] = [];
        await tx
          .table<Procedure, string>('procedures')
          .each((procedure) => void entries.push(toProcedureEntry(procedure)));
        await tx.table('catalogEntries').bulkPut(entries);
        const settings = tx.table<SettingRow, string>('settings');
        const stored = await settings.bulkGet(['catalog.version', 'catalog.updatedAt']);
        if (entries.length > 0 && stored.every((row) => row !== undefined)) {
          await settings.bulkPut([
            { key: 'catalog.list.version', value: stored[0]?.value },
            { key: 'catalog.list.updatedAt', value: stored[1]?.value },
          ]);
        }
      });
    // The next version goes above this line (append-only; tests/e2e/upgrade.test.ts adds one here).
  }
}

let current: DvcDatabase | undefined;

/** The app's one database; tests swap it for a fresh one with `useDatabase`. */
export function getDatabase(): DvcDatabase {
  current ??= new DvcDatabase();
  return current;
}

export function replaceDatabase(db: DvcDatabase): void {
  current = db;
}
