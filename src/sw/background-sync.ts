/// <reference lib="webworker" />
/**
 * Background Sync (Chromium only; Safari and Firefox have none, so the page syncs too): when
 * the browser says the network is back, the worker flushes the outbox itself, even with every
 * tab closed. The engine takes the same Web Lock as the pages, so they never flush together.
 */
// The lint config means to allow exactly this file (features/outbox/*-engine*), but its
// gitignore-style negation cannot re-include a file under an excluded folder; see the report.
// eslint-disable-next-line no-restricted-imports -- the allowed outbox sync engine
import { flushOutbox, OUTBOX_SYNC_TAG } from '../features/outbox/flush-engine.ts';

declare const self: ServiceWorkerGlobalScope;

/** The part of SyncEvent we use (not in TypeScript's WebWorker library). */
interface SyncEventLike extends ExtendableEvent {
  readonly tag: string;
}

self.addEventListener('sync', (event) => {
  const sync = event as SyncEventLike;
  if (sync.tag !== OUTBOX_SYNC_TAG) return;
  sync.waitUntil(
    flushOutbox().then((report) => {
      // A rejected promise tells the browser to try this sync again later, with its own backoff.
      if (report.failure) throw new Error(`outbox flush stopped: ${report.failure}`);
    }),
  );
});
