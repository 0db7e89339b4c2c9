import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from './database.ts';
import { getKioskPairing, KIOSK_SETTING_KEYS, type KioskPairing } from './kiosk.ts';
import { getSetting } from './settings.ts';

/** The pairing: `undefined` while loading, `null` when this device is not a kiosk. */
export function useKioskPairing(): KioskPairing | null | undefined {
  return useLiveQuery(async () => (await getKioskPairing()) ?? null, []);
}

export function useFilteredPresses(): number {
  return (
    useLiveQuery(async () => {
      const value = await getSetting(KIOSK_SETTING_KEYS.filteredPresses);
      return typeof value === 'number' ? value : 0;
    }, []) ?? 0
  );
}

export interface KioskQueueStatus {
  /** Waiting to be sent (pending or in flight). */
  waiting: number;
  /** Refused by the server (rejected or conflict), kept for staff to see. */
  refused: number;
  /** createdAt (epoch ms) of the oldest rating still waiting. */
  oldestWaitingAt: number | undefined;
}

/**
 * Counts through the outbox's indexes only: a kiosk offline for weeks may hold thousands of
 * ratings, and loading them to count would freeze the screen.
 */
export function useKioskQueueStatus(): KioskQueueStatus | undefined {
  return useLiveQuery(async () => {
    const { outbox } = getDatabase();
    const [waiting, refused, oldest] = await Promise.all([
      outbox.where('state').anyOf('pending', 'sending').count(),
      outbox.where('state').anyOf('rejected', 'conflict').count(),
      // Walks the queuedAt index and stops at the first waiting item.
      outbox
        .orderBy('queuedAt')
        .filter((item) => item.state === 'pending' || item.state === 'sending')
        .first(),
    ]);
    return { waiting, refused, oldestWaitingAt: oldest?.queuedAt };
  }, []);
}
