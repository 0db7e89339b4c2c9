import { Dexie, type EntityTable } from 'dexie';
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
  procedures!: EntityTable<Procedure, 'code'>;
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
