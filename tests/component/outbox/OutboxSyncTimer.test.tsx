import { render } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { OutboxSync } from '../../../src/features/outbox/OutboxSync.tsx';
import { freshOutboxDatabase, makeItem } from '../../unit/db/outbox-support.ts';
import { fakeRatingsServer } from '../../unit/features/outbox/fake-ratings-server.ts';

/**
 * The retry timer and Date.now are two clocks: a timer may fire a few milliseconds before the
 * items' nextAttemptAt (CI once left 3 of 600 ratings stuck for 90 s). The next flush then finds
 * nothing due, and the timer must still be armed again for what is still waiting.
 */
beforeEach(async () => {
  // Loaded ahead: the page loads the engine on first use, which takes real time, not fake.
  await import('../../../src/features/outbox/sync-triggers.ts');
  // setImmediate stays real: fake-indexeddb schedules its work with it.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Lets IndexedDB (setImmediate) and module loading finish, with the fake clock standing still. */
async function settle(): Promise<void> {
  for (let i = 0; i < 200; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

/** Moves the fake clock in small steps, letting the real work between them finish. */
async function advance(ms: number): Promise<void> {
  for (let left = ms; left > 0; left -= 10) {
    await vi.advanceTimersByTimeAsync(Math.min(10, left));
    await settle();
  }
}

it('sends a waiting rating even when the retry timer fires just before it is due', async () => {
  const start = Date.parse('2026-11-22T10:00:00Z');
  vi.setSystemTime(start);
  const db = freshOutboxDatabase();
  const server = fakeRatingsServer();
  vi.stubGlobal('fetch', server.fetch);
  // Waiting out a backoff: due 2 s from now.
  await db.outbox.add(makeItem(1, { attempts: 1, nextAttemptAt: start + 2_000 }));

  render(<OutboxSync />);
  // The start-up flush finds nothing due yet.
  await advance(100);
  expect(server.requests).toHaveLength(0);

  // The wall clock now lags the timers' clock by 50 ms: a timer aimed at the due time fires while
  // Date.now() still says the rating is not due. With no event and no other trigger, the rating
  // must still go out soon after it is due.
  vi.setSystemTime(Date.now() - 50);
  await advance(3_000);
  expect(server.requests.flatMap((r) => r.ratings.map((x) => x.id))).toEqual([makeItem(1).id]);
  expect(await db.outbox.count()).toBe(0);
});
