import { useOutboxSync } from './useOutboxSync.ts';

/** Mount once on every page (the header, the kiosk): keeps the outbox flowing. */
export function OutboxSync() {
  useOutboxSync();
  return null;
}
