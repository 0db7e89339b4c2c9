// The outbox modules are found by the runner (src/db/outbox.ts, src/features/outbox/*engine*)
// and aliased here: the bench follows the code wherever it lands in that folder, and the
// type check does not fail while it has not landed yet.
import * as outbox from '@bench/outbox-db';
import * as engine from '@bench/outbox-engine';
import { getDatabase, type OutboxItem } from '../../../src/db/database.ts';
import type { Rating } from '../../../src/domain/rating.ts';
import { makeRatings } from '../support/ratings.ts';

/**
 * Bench page for the outbox: the app's own enqueueRating (one rating = one call, as the form
 * does) and its sync engine flushing to the real server on this page's origin.
 */

type Flush = () => Promise<unknown>;

/** flushOutbox (CONVENTIONS.md's name), else the engine's one flush/sync function. */
function findFlush(): Flush {
  const exports = engine as Record<string, unknown>;
  const named = exports.flushOutbox ?? exports.syncOutbox;
  if (typeof named === 'function') return named as Flush;
  const candidates = Object.entries(exports).filter(
    ([key, value]) => typeof value === 'function' && /^(flush|sync)/i.test(key),
  );
  if (candidates.length !== 1) {
    throw new Error(`no single flush function in the engine: ${Object.keys(exports).join(', ')}`);
  }
  return candidates[0]?.[1] as Flush;
}

const bench = {
  async enqueueTimes(codes: readonly string[], count: number): Promise<number[]> {
    const times: number[] = [];
    for (const rating of makeRatings(count, codes)) {
      const start = performance.now();
      await (outbox.enqueueRating as (r: Rating) => Promise<unknown>)(rating);
      times.push(performance.now() - start);
    }
    return times;
  },
  /** Queues ratings in bulk, straight into the table: setting up the flush is not timed. */
  async queueDirect(codes: readonly string[], count: number): Promise<number> {
    const now = Date.now();
    const items: OutboxItem[] = makeRatings(count, codes).map((rating) => ({
      id: rating.id,
      rating,
      state: 'pending',
      queuedAt: Date.parse(rating.createdAt),
      attempts: 0,
      nextAttemptAt: now,
    }));
    await getDatabase().outbox.bulkAdd(items);
    return getDatabase().outbox.count();
  },
  /** Runs the engine until the outbox is empty or stops shrinking; ms and what is left. */
  async flushAll(): Promise<{ ms: number; left: number }> {
    const flush = findFlush();
    const outbox = getDatabase().outbox;
    const start = performance.now();
    let left = await outbox.count();
    // Bounded: a stuck engine must end this run (the row then says what was left), not the bench.
    for (let round = 0; round < 100 && left > 0 && performance.now() - start < 60_000; round += 1) {
      await flush();
      const now = await outbox.count();
      if (now === left) break;
      left = now;
    }
    return { ms: performance.now() - start, left };
  },
};

Object.assign(window, { bench, benchReady: true });
