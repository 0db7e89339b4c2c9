import { getSetting, setSetting } from '../../db/settings.ts';
import { OUTBOX_SETTING_KEYS } from '../../db/outbox.ts';
import {
  flushOutbox,
  OUTBOX_SYNC_TAG,
  type FlushOptions,
  type FlushReport,
} from './flush-engine.ts';

/**
 * What pages call to sync: a flush now, and where the flush could not finish, a Background
 * Sync registration so Chromium retries even after the tab is closed.
 */
export async function requestOutboxSync(options: FlushOptions = {}): Promise<FlushReport> {
  const report = await flushOutbox(options);
  if (report.failure) registerBackgroundSync();
  return report;
}

interface RegistrationWithSync {
  sync?: { register(tag: string): Promise<void> };
}

/** Asks the service worker for a 'sync' event when the network is back (Chromium only). */
export function registerBackgroundSync(): void {
  const container = globalThis.navigator?.serviceWorker;
  if (!container) return;
  // `ready` never settles without a worker (dev server, tests): nothing waits on it.
  void container.ready
    .then((registration) => (registration as RegistrationWithSync).sync?.register(OUTBOX_SYNC_TAG))
    .catch(() => undefined);
}

export type PersistenceState = 'granted' | 'denied' | 'unsupported';

export function isPersistenceState(value: unknown): value is PersistenceState {
  return value === 'granted' || value === 'denied' || value === 'unsupported';
}

/**
 * Asks once (at the first rating) that the browser keep our storage through clean-ups: Safari
 * and Chromium may otherwise evict IndexedDB when space runs low. The answer is stored so the
 * outbox screen can say when it was refused.
 */
export async function ensurePersistentStorage(): Promise<PersistenceState> {
  const asked = await getSetting(OUTBOX_SETTING_KEYS.persistence);
  if (asked === 'granted' || asked === 'unsupported') return asked;
  const storage = globalThis.navigator?.storage;
  let state: PersistenceState;
  if (!storage?.persist || !storage.persisted) {
    state = 'unsupported';
  } else if (await storage.persisted()) {
    state = 'granted';
  } else if (asked === 'denied') {
    return 'denied';
  } else {
    state = (await storage.persist().catch(() => false)) ? 'granted' : 'denied';
  }
  await setSetting(OUTBOX_SETTING_KEYS.persistence, state);
  return state;
}
