import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DvcDatabase } from '../../../src/db/database.ts';
import {
  countOutbox,
  discardProblemItem,
  enqueueRating,
  isQuotaError,
  listOutboxItems,
  makeRetriesDueNow,
  nextDueAt,
  oldestWaitingAt,
  recoverStuckSending,
  rescheduleItems,
  settleResults,
  takeDueBatch,
} from '../../../src/db/outbox.ts';
import { freshOutboxDatabase, makeItem, makeRatingInput } from './outbox-support.ts';

let db: DvcDatabase;
beforeEach(() => {
  db = freshOutboxDatabase();
});

describe('enqueueRating', () => {
  it('makes the id and stores the rating under it as pending, in one go', async () => {
    const rating = await enqueueRating(makeRatingInput({ comment: '  Nhanh gọn  ' }));
    expect(rating.id).toMatch(/^[0-9a-f-]{36}$/);
    const stored = await db.outbox.get(rating.id);
    expect(stored).toMatchObject({
      id: rating.id,
      state: 'pending',
      attempts: 0,
      queuedAt: Date.parse('2026-11-20T08:00:00.000Z'),
      rating: { id: rating.id, comment: 'Nhanh gọn', procedureCode: '1.001193' },
    });
  });

  it('makes a new id for every rating and ignores an id passed in', async () => {
    const input = { ...makeRatingInput(), id: '11111111-1111-4111-8111-111111111111' };
    const a = await enqueueRating(input);
    const b = await enqueueRating(input);
    expect(a.id).not.toBe(input.id);
    expect(a.id).not.toBe(b.id);
    expect(await db.outbox.count()).toBe(2);
  });

  it('stores nothing when the rating is invalid', async () => {
    await expect(enqueueRating(makeRatingInput({ dossierCode: 'Nguyễn Văn A' }))).rejects.toThrow();
    expect(await db.outbox.count()).toBe(0);
  });

  it('stores nothing when the write fails, so there is never a rating without its row', async () => {
    db.outbox.hook('creating', () => {
      throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
    });
    const error = await enqueueRating(makeRatingInput()).catch((e: unknown) => e);
    expect(isQuotaError(error)).toBe(true);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('isQuotaError', () => {
  it('finds the quota error inside Dexie’s wrapper and nowhere else', () => {
    const inner = Object.assign(new Error('x'), { name: 'QuotaExceededError' });
    expect(isQuotaError(Object.assign(new Error('abort'), { name: 'AbortError', inner }))).toBe(
      true,
    );
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });
});

describe('counts, listing and due times', () => {
  it('counts waiting and problem items, finds the oldest waiting and pages the list', async () => {
    await db.outbox.bulkAdd([
      makeItem(1, { state: 'rejected', reason: 'unknown_procedure' }),
      makeItem(2, { state: 'pending', nextAttemptAt: 500 }),
      makeItem(3, { state: 'sending' }),
      makeItem(4, { state: 'conflict', reason: 'id_conflict' }),
      makeItem(5, { state: 'pending', nextAttemptAt: 200 }),
    ]);
    expect(await countOutbox()).toEqual({ waiting: 3, problems: 2, total: 5 });
    expect(await oldestWaitingAt()).toBe(makeItem(2).queuedAt);
    expect(await nextDueAt()).toBe(200);
    const page = await listOutboxItems(1, 2);
    expect(page.map((i) => i.id)).toEqual([makeItem(2).id, makeItem(3).id]);
  });

  it('says nothing waits on an empty outbox', async () => {
    expect(await countOutbox()).toEqual({ waiting: 0, problems: 0, total: 0 });
    expect(await oldestWaitingAt()).toBeUndefined();
    expect(await nextDueAt()).toBeUndefined();
  });
});

describe('state transitions', () => {
  it('takes only due pending items, at most the limit, and marks them sending', async () => {
    await db.outbox.bulkAdd([
      makeItem(1, { nextAttemptAt: 100 }),
      makeItem(2, { nextAttemptAt: 1_000 }),
      makeItem(3, { nextAttemptAt: 5_000 }),
      makeItem(4, { state: 'rejected' }),
      makeItem(5, { nextAttemptAt: 0 }),
    ]);
    const batch = await takeDueBatch(1_000, 2);
    expect(batch.map((i) => i.id).sort()).toEqual([makeItem(1).id, makeItem(5).id].sort());
    expect((await db.outbox.get(makeItem(1).id))?.state).toBe('sending');
    const next = await takeDueBatch(1_000, 2);
    expect(next.map((i) => i.id)).toEqual([makeItem(2).id]);
  });

  it('recovers items a closed tab left in sending', async () => {
    await db.outbox.bulkAdd([
      makeItem(1, { state: 'sending' }),
      makeItem(2, { state: 'rejected' }),
    ]);
    expect(await recoverStuckSending()).toBe(1);
    expect((await db.outbox.get(makeItem(1).id))?.state).toBe('pending');
    expect((await db.outbox.get(makeItem(2).id))?.state).toBe('rejected');
  });

  it('removes accepted and duplicate items, keeps rejected and conflict with the reason', async () => {
    const items = [1, 2, 3, 4, 5].map((i) => makeItem(i, { state: 'sending' }));
    await db.outbox.bulkAdd(items);
    const ids = items.map((i) => i.id);
    const settled = await settleResults(ids, [
      { id: ids[0]!, status: 'accepted' },
      { id: ids[1]!, status: 'duplicate' },
      { id: ids[2]!, status: 'rejected', reason: 'dossier_already_rated' },
      { id: ids[3]!, status: 'conflict' },
    ]);
    expect(settled).toEqual({ removed: 2, rejected: 1, conflict: 1, unanswered: [ids[4]] });
    expect(await db.outbox.get(ids[0]!)).toBeUndefined();
    expect(await db.outbox.get(ids[1]!)).toBeUndefined();
    expect(await db.outbox.get(ids[2]!)).toMatchObject({
      state: 'rejected',
      reason: 'dossier_already_rated',
    });
    expect(await db.outbox.get(ids[3]!)).toMatchObject({
      state: 'conflict',
      reason: 'id_conflict',
    });
  });

  it('reschedules with a raised attempt counter and the delay for it', async () => {
    await db.outbox.bulkAdd([makeItem(1, { state: 'sending', attempts: 2 })]);
    await rescheduleItems([makeItem(1).id], 10_000, (attempts) => attempts * 1_000, 'network');
    expect(await db.outbox.get(makeItem(1).id)).toMatchObject({
      state: 'pending',
      attempts: 3,
      nextAttemptAt: 13_000,
      lastError: 'network',
    });
  });

  it('"send now" brings forward retries but not never-tried items held for later', async () => {
    await db.outbox.bulkAdd([
      makeItem(1, { attempts: 3, nextAttemptAt: 90_000 }),
      makeItem(2, { attempts: 0, nextAttemptAt: 90_000 }),
    ]);
    await makeRetriesDueNow(1_000);
    expect((await db.outbox.get(makeItem(1).id))?.nextAttemptAt).toBe(1_000);
    expect((await db.outbox.get(makeItem(2).id))?.nextAttemptAt).toBe(90_000);
  });

  it('discards only rejected or conflicting items', async () => {
    await db.outbox.bulkAdd([makeItem(1, { state: 'rejected' }), makeItem(2)]);
    expect(await discardProblemItem(makeItem(1).id)).toBe(true);
    expect(await discardProblemItem(makeItem(2).id)).toBe(false);
    expect(await db.outbox.count()).toBe(1);
  });
});
