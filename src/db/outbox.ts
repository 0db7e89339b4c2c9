import { Dexie } from 'dexie';
import type { Rating, RatingResult } from '../domain/rating.ts';
import { MAX_RATINGS_PER_BATCH, type RatingRejectReason } from '../domain/rating-values.ts';
import { getDatabase, type OutboxItem } from './database.ts';

/**
 * The ratings outbox (DESIGN.md §5): small repository functions the form, the sync engine and
 * the outbox screen share. Every state change happens in one transaction, so a tab closed at any
 * moment leaves each item in a state the next flush understands.
 */

/** A rating as the form makes it: everything but the id, which only the outbox makes. */
export type RatingInput = Omit<Rating, 'id'>;

export const WAITING_STATES = ['pending', 'sending'] as const;
export const PROBLEM_STATES = ['rejected', 'conflict'] as const;

/**
 * Stores a new rating. The id (the server's idempotency key) is made here, once, in the same
 * transaction that writes the row: a rating never exists without its id, and a retry or a
 * reload never makes a second one. Throws on a quota error (see `isQuotaError`); then nothing
 * was stored and the caller keeps the user's input.
 */
export async function enqueueRating(input: RatingInput): Promise<Rating> {
  // The schema (and zod) load on the first rating, not with the first screen; before the
  // transaction, which must not wait on anything but IndexedDB.
  const { ratingSchema } = await import('../domain/rating.ts');
  const db = getDatabase();
  return db.transaction('rw', db.outbox, async () => {
    // An `id` passed in anyway (a caller holding a whole Rating) is replaced, never trusted.
    const rating = ratingSchema.parse({ ...input, id: crypto.randomUUID() });
    const now = Date.now();
    const item: OutboxItem = {
      id: rating.id,
      rating,
      state: 'pending',
      queuedAt: Date.parse(rating.createdAt) || now,
      attempts: 0,
      nextAttemptAt: now,
    };
    await db.outbox.add(item);
    return rating;
  });
}

/** True when storing failed because the browser's storage quota is used up. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth += 1) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError') return true;
    // Dexie wraps the DOMException of IndexedDB in its own error, with the original as `inner`.
    e = (e as { inner?: unknown }).inner;
  }
  return false;
}

export async function getOutboxItem(id: string): Promise<OutboxItem | undefined> {
  return getDatabase().outbox.get(id);
}

/** Items oldest first, a page at a time: a kiosk's queue of weeks is never loaded whole. */
export async function listOutboxItems(offset: number, limit: number): Promise<OutboxItem[]> {
  return getDatabase().outbox.orderBy('queuedAt').offset(offset).limit(limit).toArray();
}

/** Counts through the `state` index only. */
export async function countOutbox(): Promise<{ waiting: number; problems: number; total: number }> {
  const { outbox } = getDatabase();
  const [waiting, problems] = await Promise.all([
    outbox
      .where('state')
      .anyOf(...WAITING_STATES)
      .count(),
    outbox
      .where('state')
      .anyOf(...PROBLEM_STATES)
      .count(),
  ]);
  return { waiting, problems, total: waiting + problems };
}

/**
 * queuedAt of the oldest rating still waiting, or undefined. Walks the queuedAt index from the
 * oldest and stops at the first waiting item (kept problem items are few).
 */
export async function oldestWaitingAt(): Promise<number | undefined> {
  const waiting: readonly string[] = WAITING_STATES;
  const item = await getDatabase()
    .outbox.orderBy('queuedAt')
    .filter((i) => waiting.includes(i.state))
    .first();
  return item?.queuedAt;
}

/** When the next pending item becomes due (epoch ms), or undefined when none is pending. */
export async function nextDueAt(): Promise<number | undefined> {
  const first = await getDatabase()
    .outbox.where('[state+nextAttemptAt]')
    .between(['pending', Dexie.minKey], ['pending', Dexie.maxKey])
    .first();
  return first?.nextAttemptAt;
}

/**
 * Items a closed or crashed tab left in 'sending' go back to 'pending'. Call only while holding
 * the sync lock: then no other flush can be sending them.
 */
export async function recoverStuckSending(): Promise<number> {
  return getDatabase().outbox.where('state').equals('sending').modify({ state: 'pending' });
}

/**
 * "Send now": items waiting out a backoff become due at once. Never-tried items keep their
 * time: a future time on those is a kiosk holding a rating for its follow-up question.
 */
export async function makeRetriesDueNow(now: number): Promise<number> {
  return getDatabase()
    .outbox.where('[state+nextAttemptAt]')
    .between(['pending', now], ['pending', Dexie.maxKey], false, true)
    .filter((item) => item.attempts > 0)
    .modify({ nextAttemptAt: now });
}

/** Takes up to `limit` due items and marks them 'sending', in one transaction. */
export async function takeDueBatch(
  now: number,
  limit: number = MAX_RATINGS_PER_BATCH,
): Promise<OutboxItem[]> {
  const db = getDatabase();
  return db.transaction('rw', db.outbox, async () => {
    const due = await db.outbox
      .where('[state+nextAttemptAt]')
      .between(['pending', Dexie.minKey], ['pending', now], true, true)
      .limit(limit)
      .toArray();
    const sending = due.map((item) => ({ ...item, state: 'sending' as const }));
    await db.outbox.bulkPut(sending);
    return sending;
  });
}

/**
 * Applies the server's answers: accepted/duplicate leave the outbox (the server has the rating),
 * rejected/conflict stay with their reason. Returns the ids the server did not answer for, which
 * the caller must reschedule.
 */
export async function settleResults(
  sentIds: readonly string[],
  results: readonly RatingResult[],
): Promise<{ removed: number; rejected: number; conflict: number; unanswered: string[] }> {
  const db = getDatabase();
  const byId = new Map(results.map((r) => [r.id, r]));
  return db.transaction('rw', db.outbox, async () => {
    const counts = { removed: 0, rejected: 0, conflict: 0, unanswered: [] as string[] };
    const done: string[] = [];
    for (const id of sentIds) {
      const result = byId.get(id);
      if (!result) {
        counts.unanswered.push(id);
      } else if (result.status === 'accepted' || result.status === 'duplicate') {
        done.push(id);
      } else {
        const reason: RatingRejectReason =
          result.reason ?? (result.status === 'conflict' ? 'id_conflict' : 'invalid');
        const changes: Partial<OutboxItem> = { state: result.status, reason };
        if (result.details) changes.lastError = result.details;
        await db.outbox.update(id, changes);
        counts[result.status] += 1;
      }
    }
    await db.outbox.bulkDelete(done);
    counts.removed = done.length;
    return counts;
  });
}

/**
 * Puts sent items back to 'pending' after a transient failure, each with its attempt counter
 * raised and its next attempt at `now + delayFor(attempts)`.
 */
export async function rescheduleItems(
  ids: readonly string[],
  now: number,
  delayFor: (attempts: number) => number,
  error: string,
): Promise<void> {
  const db = getDatabase();
  await db.transaction('rw', db.outbox, async () => {
    const items = await db.outbox.bulkGet([...ids]);
    const updated = items
      .filter((item): item is OutboxItem => item !== undefined)
      .map((item) => {
        const attempts = item.attempts + 1;
        return {
          ...item,
          state: 'pending' as const,
          attempts,
          nextAttemptAt: now + delayFor(attempts),
          lastError: error,
        };
      });
    await db.outbox.bulkPut(updated);
  });
}

/** Marks one item rejected by the client itself (the server refused it alone as a bad request). */
export async function markRejected(
  id: string,
  reason: RatingRejectReason,
  error: string,
): Promise<void> {
  await getDatabase().outbox.update(id, { state: 'rejected', reason, lastError: error });
}

/**
 * Removes a rejected or conflicting rating the user chose to discard. Waiting ones cannot be
 * discarded: they have not had their answer from the server yet.
 */
export async function discardProblemItem(id: string): Promise<boolean> {
  const db = getDatabase();
  return db.transaction('rw', db.outbox, async () => {
    const item = await db.outbox.get(id);
    if (!item || (item.state !== 'rejected' && item.state !== 'conflict')) return false;
    await db.outbox.delete(id);
    return true;
  });
}

/** Settings keys of the outbox. */
export const OUTBOX_SETTING_KEYS = {
  /** What navigator.storage.persist() answered: 'granted' | 'denied' | 'unsupported'. */
  persistence: 'outbox.persistence',
  /** ISO time of the last batch the server answered. */
  lastSyncAt: 'outbox.lastSyncAt',
} as const;
