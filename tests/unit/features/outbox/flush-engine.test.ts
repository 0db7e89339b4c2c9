import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DvcDatabase } from '../../../../src/db/database.ts';
import { savePairing } from '../../../../src/db/kiosk.ts';
import { enqueueRating } from '../../../../src/db/outbox.ts';
import { flushOutbox } from '../../../../src/features/outbox/flush-engine.ts';
import { freshOutboxDatabase, makeItem, makeRatingInput } from '../../db/outbox-support.ts';
import { fakeRatingsServer, httpError } from './fake-ratings-server.ts';

const NOW = Date.parse('2026-11-22T10:00:00Z');
const clock = { now: () => NOW, random: () => 0.5 };

let db: DvcDatabase;
beforeEach(() => {
  db = freshOutboxDatabase();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('flushOutbox', () => {
  it('removes what the server accepted or already had; keeps rejected and conflict with the reason', async () => {
    const [a, b, c, d] = await Promise.all(
      ['1.000001', '1.000002', '1.000003', '1.000004'].map((procedureCode) =>
        enqueueRating(makeRatingInput({ procedureCode })),
      ),
    );
    const server = fakeRatingsServer({
      decide: (rating) =>
        rating.id === b!.id
          ? 'duplicate'
          : rating.id === c!.id
            ? { status: 'rejected', reason: 'unknown_procedure' }
            : rating.id === d!.id
              ? 'conflict'
              : 'accepted',
    });
    // enqueueRating makes items due at the real time of the call.
    const report = await flushOutbox({ fetch: server.fetch, random: clock.random });
    expect(report).toMatchObject({ ran: true, sent: 2, rejected: 1, conflict: 1 });
    expect(report.failure).toBeUndefined();
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.ratings.map((r) => r.id).sort()).toEqual(
      [a, b, c, d].map((r) => r!.id).sort(),
    );
    const left = await db.outbox.toArray();
    expect(left.map((i) => [i.id, i.state, i.reason]).sort()).toEqual(
      [
        [c!.id, 'rejected', 'unknown_procedure'],
        [d!.id, 'conflict', 'id_conflict'],
      ].sort(),
    );
  });

  it('sends more than 500 in batches of at most 500 until nothing is due', async () => {
    await db.outbox.bulkAdd(Array.from({ length: 1_203 }, (_, i) => makeItem(i)));
    const server = fakeRatingsServer();
    const report = await flushOutbox({ fetch: server.fetch, ...clock });
    expect(server.requests.map((r) => r.ratings.length)).toEqual([500, 500, 203]);
    expect(new Set(server.requests.flatMap((r) => r.ratings.map((x) => x.id))).size).toBe(1_203);
    expect(report.sent).toBe(1_203);
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps everything pending after a network error, with backoff, and stops trying', async () => {
    await db.outbox.bulkAdd(Array.from({ length: 600 }, (_, i) => makeItem(i)));
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockRejectedValue(new TypeError('Failed to fetch'));
    const report = await flushOutbox({ fetch, ...clock });
    expect(report).toMatchObject({ ran: true, sent: 0, failure: 'network' });
    expect(fetch).toHaveBeenCalledTimes(1);
    const items = await db.outbox.toArray();
    expect(items).toHaveLength(600);
    const tried = items.filter((i) => i.attempts === 1);
    expect(tried).toHaveLength(500);
    // First failure: a draw of 0.5 from [0, 2 s] → 1 s.
    for (const item of tried) {
      expect(item).toMatchObject({ state: 'pending', nextAttemptAt: NOW + 1_000 });
    }
    expect(report.nextDueAt).toBe(0); // the 100 never-tried ones are still due
  });

  it('keeps items pending on 5xx and on 429, honouring Retry-After', async () => {
    await db.outbox.bulkAdd([makeItem(1, { attempts: 1 })]);
    const unavailable = fakeRatingsServer({ respond: () => httpError(503) });
    expect((await flushOutbox({ fetch: unavailable.fetch, ...clock })).failure).toBe('server');
    // Second failure: 0.5 × 4 s.
    expect(await db.outbox.get(makeItem(1).id)).toMatchObject({
      state: 'pending',
      attempts: 2,
      nextAttemptAt: NOW + 2_000,
      lastError: 'server: HTTP 503',
    });

    const later = { ...clock, now: () => NOW + 10_000 };
    const limited = fakeRatingsServer({
      respond: () => httpError(429, { 'Retry-After': '120' }),
    });
    expect((await flushOutbox({ fetch: limited.fetch, ...later })).failure).toBe('rate_limited');
    expect(await db.outbox.get(makeItem(1).id)).toMatchObject({
      state: 'pending',
      attempts: 3,
      nextAttemptAt: NOW + 10_000 + 120_000,
    });
  });

  it('gives up on a request that hangs, and retries it later', async () => {
    await db.outbox.bulkAdd([makeItem(1)]);
    const fetch = vi.fn<typeof globalThis.fetch>(
      (_input, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    const report = await flushOutbox({ fetch, ...clock, timeoutMs: 10 });
    expect(report.failure).toBe('timeout');
    expect(await db.outbox.get(makeItem(1).id)).toMatchObject({ state: 'pending', attempts: 1 });
  });

  it('recovers ratings a closed tab left in "sending" and sends them', async () => {
    await db.outbox.bulkAdd([makeItem(1, { state: 'sending' })]);
    const server = fakeRatingsServer();
    const report = await flushOutbox({ fetch: server.fetch, ...clock });
    expect(report.sent).toBe(1);
    expect(await db.outbox.count()).toBe(0);
  });

  it('does not send what is not due yet, unless asked to send now', async () => {
    await db.outbox.bulkAdd([
      makeItem(1, { attempts: 4, nextAttemptAt: NOW + 60_000 }),
      makeItem(2, { attempts: 0, nextAttemptAt: NOW + 60_000 }), // a kiosk's held rating
    ]);
    const server = fakeRatingsServer();
    const idle = await flushOutbox({ fetch: server.fetch, ...clock });
    expect(server.fetch).not.toHaveBeenCalled();
    expect(idle).toMatchObject({ ran: true, sent: 0, nextDueAt: NOW + 60_000 });

    const forced = await flushOutbox({ fetch: server.fetch, ...clock, force: true });
    expect(forced.sent).toBe(1);
    expect(await db.outbox.get(makeItem(1).id)).toBeUndefined();
    expect(await db.outbox.get(makeItem(2).id)).toMatchObject({ state: 'pending' });
  });

  it('splits a batch the server refuses as a whole, so one bad rating cannot block the rest', async () => {
    await db.outbox.bulkAdd(Array.from({ length: 9 }, (_, i) => makeItem(i)));
    const bad = makeItem(6).id;
    const server = fakeRatingsServer({
      respond: (ratings) => (ratings.some((r) => r.id === bad) ? httpError(400) : undefined),
    });
    const report = await flushOutbox({ fetch: server.fetch, ...clock });
    expect(report).toMatchObject({ sent: 8, rejected: 1 });
    expect(report.failure).toBeUndefined();
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({
        id: bad,
        state: 'rejected',
        reason: 'invalid',
        lastError: 'HTTP 400: http_400 refused',
      }),
    ]);
  });

  it('retries ids the server did not answer for, and stops for now', async () => {
    await db.outbox.bulkAdd([makeItem(1), makeItem(2)]);
    const server = fakeRatingsServer({
      respond: (ratings) =>
        Response.json({ results: [{ id: ratings[0]!.id, status: 'accepted' }] }),
    });
    const report = await flushOutbox({ fetch: server.fetch, ...clock });
    expect(report).toMatchObject({ sent: 1, failure: 'server' });
    expect(server.requests).toHaveLength(1);
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({ state: 'pending', attempts: 1 }),
    ]);
  });

  it('treats an unreadable 200 as server trouble and loses nothing', async () => {
    await db.outbox.bulkAdd([makeItem(1)]);
    const server = fakeRatingsServer({ respond: () => new Response('<html>', { status: 200 }) });
    expect((await flushOutbox({ fetch: server.fetch, ...clock })).failure).toBe('server');
    expect(await db.outbox.get(makeItem(1).id)).toMatchObject({ state: 'pending', attempts: 1 });
  });

  it('does nothing while another tab holds the sync lock', async () => {
    await db.outbox.bulkAdd([makeItem(1)]);
    const request = vi.fn((_name: string, _options: unknown, callback: (lock: null) => unknown) =>
      Promise.resolve(callback(null)),
    );
    vi.stubGlobal('navigator', { locks: { request } });
    const server = fakeRatingsServer();
    const report = await flushOutbox({ fetch: server.fetch, ...clock });
    expect(report.ran).toBe(false);
    expect(request).toHaveBeenCalledWith(
      'dvc-outbox-sync',
      { ifAvailable: true },
      expect.any(Function),
    );
    expect(server.fetch).not.toHaveBeenCalled();
    expect(await db.outbox.get(makeItem(1).id)).toMatchObject({ state: 'pending' });
  });

  it('without Web Locks, a second flush in the same tab leaves, or waits its turn when asked', async () => {
    await db.outbox.bulkAdd([makeItem(1)]);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const server = fakeRatingsServer({ respond: async () => (await gate, undefined) });
    const first = flushOutbox({ fetch: server.fetch, ...clock });
    await vi.waitFor(() => expect(server.fetch).toHaveBeenCalledTimes(1));

    expect((await flushOutbox({ fetch: server.fetch, ...clock })).ran).toBe(false);
    await db.outbox.bulkAdd([makeItem(2)]);
    const second = flushOutbox({ fetch: server.fetch, ...clock, waitForTurn: true });
    release();
    const reports = await Promise.all([first, second]);
    expect(reports.map((r) => r.ran)).toEqual([true, true]);
    expect(reports[0].sent + reports[1].sent).toBe(2);
    // Each rating went exactly once: the waiting flush did not take the first one's for stuck.
    expect(server.requests.flatMap((r) => r.ratings.map((x) => x.id))).toEqual([
      makeItem(1).id,
      makeItem(2).id,
    ]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('sends a paired kiosk’s token with its ratings', async () => {
    await savePairing(
      'secret-token',
      {
        id: 'k1',
        name: 'Một cửa',
        province: '79',
        agency: 'UBND',
        procedures: [],
        allowComments: false,
      },
      '1234',
    );
    await db.outbox.bulkAdd([makeItem(1)]);
    const server = fakeRatingsServer();
    await flushOutbox({ fetch: server.fetch, ...clock });
    expect(server.requests[0]?.headers.authorization).toBe('Bearer secret-token');
  });
});
