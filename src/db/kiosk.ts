import { kioskSchema, type Kiosk } from '../domain/kiosk.ts';
import type { Rating } from '../domain/rating.ts';
import { getDatabase, type OutboxItem } from './database.ts';
import { deleteSetting, getSetting, setSetting } from './settings.ts';

/** Settings keys of kiosk mode (issue 5). */
export const KIOSK_SETTING_KEYS = {
  pairing: 'kiosk.pairing',
  filteredPresses: 'kiosk.filteredPresses',
} as const;

/** What pairing stores on the tablet: the token, its office and the staff PIN's salted hash. */
export interface KioskPairing {
  token: string;
  kiosk: Kiosk;
  pinSalt: string;
  pinHash: string;
  pairedAt: string;
}

export async function getKioskPairing(): Promise<KioskPairing | undefined> {
  const value = await getSetting(KIOSK_SETTING_KEYS.pairing);
  return isPairing(value) ? value : undefined;
}

/**
 * Headers the sync engine adds to POST /api/ratings when this device is a paired kiosk; empty
 * otherwise. Read at every flush, so unpairing takes effect at once.
 */
export async function getKioskAuthorization(): Promise<Record<string, string>> {
  const pairing = await getKioskPairing();
  return pairing ? { Authorization: `Bearer ${pairing.token}` } : {};
}

/** Stores a pairing, hashing the staff PIN (SHA-256 over a random salt and the PIN). */
export async function savePairing(token: string, kiosk: Kiosk, pin: string): Promise<void> {
  const pinSalt = toHex(crypto.getRandomValues(new Uint8Array(16)));
  const pairing: KioskPairing = {
    token,
    kiosk,
    pinSalt,
    pinHash: await hashPin(pinSalt, pin),
    pairedAt: new Date().toISOString(),
  };
  await setSetting(KIOSK_SETTING_KEYS.pairing, pairing);
}

export async function checkStaffPin(pin: string): Promise<boolean> {
  const pairing = await getKioskPairing();
  if (!pairing) return false;
  return (await hashPin(pairing.pinSalt, pin)) === pairing.pinHash;
}

/** Forgets the pairing and the counter; queued ratings stay (the outbox is not the kiosk's). */
export async function unpair(): Promise<void> {
  await deleteSetting(KIOSK_SETTING_KEYS.pairing);
  await deleteSetting(KIOSK_SETTING_KEYS.filteredPresses);
}

/** Counts a press ignored by the repeat filter, for the staff panel. */
export async function countFilteredPress(): Promise<void> {
  const db = getDatabase();
  await db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(KIOSK_SETTING_KEYS.filteredPresses);
    const count = typeof row?.value === 'number' ? row.value : 0;
    await db.settings.put({ key: KIOSK_SETTING_KEYS.filteredPresses, value: count + 1 });
  });
}

/**
 * Writes the one-tap rating to the outbox at once, held back from sync until `holdUntil`
 * (epoch ms): the follow-up may still add the procedure and criteria to this same item. The
 * rating is safe in IndexedDB from the tap on; the hold only delays sending it.
 */
export async function enqueueKioskRating(rating: Rating, holdUntil: number): Promise<void> {
  const item: OutboxItem = {
    id: rating.id,
    rating,
    state: 'pending',
    queuedAt: Date.parse(rating.createdAt),
    attempts: 0,
    nextAttemptAt: holdUntil,
  };
  await getDatabase().outbox.add(item);
}

/**
 * Adds the follow-up's answers to a rating still waiting in the outbox and releases it for sync.
 * Returns false (and changes nothing) when the item is no longer `pending` — already being sent
 * or sent — so a rating is never sent with two different contents (a conflict) nor twice.
 */
export async function completeKioskRating(
  id: string,
  details: Pick<Rating, 'procedureCode' | 'criteria' | 'comment'>,
): Promise<boolean> {
  const db = getDatabase();
  return db.transaction('rw', db.outbox, async () => {
    const item = await db.outbox.get(id);
    if (!item || item.state !== 'pending') return false;
    const rating: Rating = { ...item.rating, procedureCode: details.procedureCode };
    if (details.criteria && Object.keys(details.criteria).length > 0) {
      rating.criteria = details.criteria;
    }
    if (details.comment) rating.comment = details.comment;
    await db.outbox.put({ ...item, rating, nextAttemptAt: Date.now() });
    return true;
  });
}

/** Lets a held rating go now (follow-up skipped, timed out or left). */
export async function releaseKioskRating(id: string): Promise<void> {
  const db = getDatabase();
  await db.transaction('rw', db.outbox, async () => {
    const item = await db.outbox.get(id);
    if (item?.state === 'pending') await db.outbox.update(id, { nextAttemptAt: Date.now() });
  });
}

async function hashPin(salt: string, pin: string): Promise<string> {
  const data = new TextEncoder().encode(`${salt}:${pin}`);
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', data)));
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function isPairing(value: unknown): value is KioskPairing {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<KioskPairing>;
  return (
    typeof v.token === 'string' &&
    typeof v.pinSalt === 'string' &&
    typeof v.pinHash === 'string' &&
    kioskSchema.safeParse(v.kiosk).success
  );
}
