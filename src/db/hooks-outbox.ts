import { useLiveQuery } from 'dexie-react-hooks';
import type { Procedure } from '../domain/procedure.ts';
import { getDatabase, type OutboxItem } from './database.ts';
import {
  countOutbox,
  getOutboxItem,
  listOutboxItems,
  nextDueAt,
  oldestWaitingAt,
} from './outbox.ts';

/**
 * Hooks components read the outbox through. `undefined` means "still loading". Counts use the
 * indexes only, so a queue of thousands costs nothing to show in the header.
 */

/** Ratings waiting to be sent (pending or being sent). */
export function useOutboxWaitingCount(): number | undefined {
  return useLiveQuery(async () => (await countOutbox()).waiting, []);
}

export interface OutboxSummary {
  waiting: number;
  problems: number;
  total: number;
  /** queuedAt of the oldest waiting rating; null when none waits. */
  oldestWaitingAt: number | null;
}

export function useOutboxSummary(): OutboxSummary | undefined {
  return useLiveQuery(async () => {
    const [counts, oldest] = await Promise.all([countOutbox(), oldestWaitingAt()]);
    return { ...counts, oldestWaitingAt: oldest ?? null };
  }, []);
}

/** When the next pending rating is due; null when nothing is pending. */
export function useNextDueAt(): number | null | undefined {
  return useLiveQuery(async () => (await nextDueAt()) ?? null, []);
}

export interface OutboxListEntry {
  item: OutboxItem;
  /** Undefined when the procedure is not (or no longer) in the stored catalogue. */
  procedure: Procedure | undefined;
}

/** The first `limit` items, oldest first, each with its procedure for the name. */
export function useOutboxItems(limit: number): OutboxListEntry[] | undefined {
  return useLiveQuery(async () => {
    const items = await listOutboxItems(0, limit);
    const codes = [...new Set(items.map((item) => item.rating.procedureCode))];
    const procedures = await getDatabase().procedures.bulkGet(codes);
    const byCode = new Map(codes.map((code, i) => [code, procedures[i]]));
    return items.map((item) => ({ item, procedure: byCode.get(item.rating.procedureCode) }));
  }, [limit]);
}

/** One item; null once it has left the outbox (sent) or never existed. */
export function useOutboxItem(id: string | undefined): OutboxItem | null | undefined {
  return useLiveQuery(async () => (id ? ((await getOutboxItem(id)) ?? null) : null), [id]);
}
