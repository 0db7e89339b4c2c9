import 'fake-indexeddb/auto';
import { DvcDatabase, replaceDatabase, type OutboxItem } from '../../../src/db/database.ts';
import type { RatingInput } from '../../../src/db/outbox.ts';
import type { Rating } from '../../../src/domain/rating.ts';

let counter = 0;

/** A fresh, empty database over fake-indexeddb, installed as the app's database. */
export function freshOutboxDatabase(): DvcDatabase {
  counter += 1;
  const db = new DvcDatabase(`outbox-unit-${Date.now()}-${counter}`);
  replaceDatabase(db);
  return db;
}

export function makeRatingInput(overrides: Partial<RatingInput> = {}): RatingInput {
  return {
    procedureCode: '1.001193',
    overall: 'satisfied',
    channel: 'online',
    createdAt: '2026-11-20T08:00:00.000Z',
    locale: 'vi',
    ...overrides,
  };
}

/** An outbox row as the engine finds it, written straight into the table. */
export function makeItem(index: number, overrides: Partial<OutboxItem> = {}): OutboxItem {
  const id = `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
  const rating: Rating = { ...makeRatingInput(), id };
  return {
    id,
    rating,
    state: 'pending',
    queuedAt: Date.parse(rating.createdAt) + index,
    attempts: 0,
    nextAttemptAt: 0,
    ...overrides,
  };
}
