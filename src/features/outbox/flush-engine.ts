import type { OutboxItem } from '../../db/database.ts';
import { getKioskAuthorization } from '../../db/kiosk.ts';
import {
  makeRetriesDueNow,
  markRejected,
  nextDueAt,
  OUTBOX_SETTING_KEYS,
  recoverStuckSending,
  rescheduleItems,
  settleResults,
  takeDueBatch,
} from '../../db/outbox.ts';
import { setSetting } from '../../db/settings.ts';
import { MAX_RATINGS_PER_BATCH, ratingBatchResponseSchema } from '../../domain/rating.ts';
import { backoffDelay, parseRetryAfter } from './backoff.ts';

/**
 * The outbox sync engine (DESIGN.md §5). Runs in a page or in the service worker (Background
 * Sync), so it uses no DOM and no React. One flush at a time per origin, through Web Locks.
 */

export const RATINGS_ENDPOINT = '/api/ratings';
export const SYNC_LOCK_NAME = 'dvc-outbox-sync';
/** Background Sync tag the pages register and the service worker listens for. */
export const OUTBOX_SYNC_TAG = 'dvc-outbox';
export const REQUEST_TIMEOUT_MS = 15_000;

/** Why a flush stopped early; items stay pending and are retried later. */
export type FlushFailure = 'network' | 'timeout' | 'server' | 'rate_limited';

export interface FlushReport {
  /** False when another tab or the service worker was already flushing. */
  ran: boolean;
  /** Ratings the server now holds (accepted or duplicate), removed from the outbox. */
  sent: number;
  rejected: number;
  conflict: number;
  failure?: FlushFailure;
  /** When the next pending rating becomes due; undefined when none is pending. */
  nextDueAt?: number;
}

export interface FlushOptions {
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  timeoutMs?: number;
  /** "Send now": ratings waiting out a backoff are sent at once. */
  force?: boolean;
  /**
   * Wait for a running flush (here or in another tab) to end, then flush, instead of leaving
   * at once: someone pressed "Send now" and expects this press to send.
   */
  waitForTurn?: boolean;
}

/** 4xx answers about the request itself: retrying the same batch would fail forever. */
const BAD_REQUEST_STATUSES = new Set([400, 413, 415, 422]);

interface FlushContext {
  fetch: typeof fetch;
  now: () => number;
  random: () => number;
  timeoutMs: number;
  headers: Record<string, string>;
  report: FlushReport;
}

type BatchOutcome = 'ok' | FlushFailure;

/** The flush running in this JavaScript realm (tab or worker); used only without Web Locks. */
let runningHere: Promise<FlushReport> | undefined;

/** Sends every due rating, in batches of up to 500, until none is due or the network fails. */
export async function flushOutbox(options: FlushOptions = {}): Promise<FlushReport> {
  const busy: FlushReport = { ran: false, sent: 0, rejected: 0, conflict: 0 };
  // A worker has WorkerNavigator, a page Navigator; both may lack locks (older Safari).
  const locks: LockManager | undefined = globalThis.navigator?.locks;
  if (!locks) {
    // Without Web Locks two tabs may send the same rating: harmless, the server answers
    // `duplicate` for the second copy. Within this tab a promise stands in for the lock, or a
    // second flush would take the first one's 'sending' items for stuck ones.
    while (runningHere) {
      if (!options.waitForTurn) return busy;
      await runningHere.catch(() => undefined);
    }
    const run = runFlush(options);
    runningHere = run;
    try {
      return await run;
    } finally {
      runningHere = undefined;
    }
  }
  return locks.request(SYNC_LOCK_NAME, options.waitForTurn ? {} : { ifAvailable: true }, (lock) =>
    lock ? runFlush(options) : busy,
  );
}

async function runFlush(options: FlushOptions): Promise<FlushReport> {
  const ctx: FlushContext = {
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
    timeoutMs: options.timeoutMs ?? REQUEST_TIMEOUT_MS,
    // Read at every flush: pairing or unpairing a kiosk takes effect at once.
    headers: { 'Content-Type': 'application/json', ...(await getKioskAuthorization()) },
    report: { ran: true, sent: 0, rejected: 0, conflict: 0 },
  };
  // We hold the lock, so anything still 'sending' belongs to a tab that closed mid-request.
  await recoverStuckSending();
  if (options.force) await makeRetriesDueNow(ctx.now());

  for (;;) {
    const batch = await takeDueBatch(ctx.now(), MAX_RATINGS_PER_BATCH);
    if (batch.length === 0) break;
    const outcome = await sendBatch(batch, ctx);
    if (outcome !== 'ok') {
      ctx.report.failure = outcome;
      break;
    }
  }
  ctx.report.nextDueAt = await nextDueAt();
  return ctx.report;
}

interface PostAnswer {
  status: number;
  retryAfter: string | null;
  body: unknown;
}

/** POSTs one batch; the timeout covers the body too (a stalled download is a failure). */
async function postRatings(items: readonly OutboxItem[], ctx: FlushContext): Promise<PostAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ctx.timeoutMs);
  try {
    const response = await ctx.fetch(RATINGS_ENDPOINT, {
      method: 'POST',
      headers: ctx.headers,
      body: JSON.stringify({ ratings: items.map((item) => item.rating) }),
      signal: controller.signal,
      credentials: 'same-origin',
    });
    const body: unknown = await response.json().catch(() => undefined);
    return { status: response.status, retryAfter: response.headers.get('Retry-After'), body };
  } finally {
    clearTimeout(timer);
  }
}

async function sendBatch(items: readonly OutboxItem[], ctx: FlushContext): Promise<BatchOutcome> {
  const ids = items.map((item) => item.id);
  let answer: PostAnswer;
  try {
    answer = await postRatings(items, ctx);
  } catch (error) {
    const failure = isAbort(error) ? 'timeout' : 'network';
    await retryLater(ids, ctx, failure);
    return failure;
  }

  if (answer.status >= 200 && answer.status < 300) {
    const parsed = ratingBatchResponseSchema.safeParse(answer.body);
    if (!parsed.success) {
      await retryLater(ids, ctx, 'server', 'unreadable answer');
      return 'server';
    }
    const settled = await settleResults(ids, parsed.data.results);
    ctx.report.sent += settled.removed;
    ctx.report.rejected += settled.rejected;
    ctx.report.conflict += settled.conflict;
    await setSetting(OUTBOX_SETTING_KEYS.lastSyncAt, new Date(ctx.now()).toISOString());
    if (settled.unanswered.length > 0) {
      // The server skipped some ids: retry them later, and stop rather than loop on them now.
      await retryLater(settled.unanswered, ctx, 'server', 'no answer for this id');
      return 'server';
    }
    return 'ok';
  }

  if (BAD_REQUEST_STATUSES.has(answer.status)) return splitBadBatch(items, answer, ctx);

  // 429, 5xx and anything unexpected (a proxy's 404, a captive portal): the server or the way to
  // it is in trouble, not the ratings. Wait, at least as long as the server asked.
  const failure: FlushFailure = answer.status === 429 ? 'rate_limited' : 'server';
  const asked = parseRetryAfter(answer.retryAfter, ctx.now());
  await retryLater(ids, ctx, failure, `HTTP ${answer.status}`, asked);
  return failure;
}

/**
 * The server refused the whole request (400/413/415). Halve it until the bad rating is alone,
 * then keep that one as rejected with the server's message, so it cannot block the rest.
 */
async function splitBadBatch(
  items: readonly OutboxItem[],
  answer: PostAnswer,
  ctx: FlushContext,
): Promise<BatchOutcome> {
  const [only] = items;
  if (items.length === 1 && only) {
    await markRejected(only.id, 'invalid', `HTTP ${answer.status}: ${errorMessage(answer.body)}`);
    ctx.report.rejected += 1;
    return 'ok';
  }
  const middle = Math.ceil(items.length / 2);
  const halves = [items.slice(0, middle), items.slice(middle)];
  for (const [index, half] of halves.entries()) {
    const outcome = await sendBatch(half, ctx);
    if (outcome !== 'ok') {
      // The later half was never tried: back to pending with it too.
      const untried = halves.slice(index + 1).flat();
      if (untried.length > 0)
        await retryLater(
          untried.map((item) => item.id),
          ctx,
          outcome,
        );
      return outcome;
    }
  }
  return 'ok';
}

async function retryLater(
  ids: readonly string[],
  ctx: FlushContext,
  failure: FlushFailure,
  detail?: string,
  atLeastMs = 0,
): Promise<void> {
  const delayFor = (attempts: number) => Math.max(atLeastMs, backoffDelay(attempts, ctx.random));
  await rescheduleItems(ids, ctx.now(), delayFor, detail ? `${failure}: ${detail}` : failure);
}

function isAbort(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}

function errorMessage(body: unknown): string {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  const text = [error?.code, error?.message].filter((part) => typeof part === 'string').join(' ');
  return text || 'bad request';
}
