import type { Page } from 'playwright-core';

/**
 * How many procedures the app has stored in its IndexedDB ("dvc", table "procedures"), read with
 * the raw IndexedDB API so the test does not depend on the app's own code. 0 while nothing is
 * stored yet (or the database does not exist).
 */
export async function countStoredProcedures(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolveCount) => {
        const request = indexedDB.open('dvc');
        request.onerror = () => resolveCount(0);
        request.onupgradeneeded = () => {
          // The app has not created it yet: do not create it in its place.
          request.transaction?.abort();
          resolveCount(0);
        };
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('procedures')) {
            db.close();
            resolveCount(0);
            return;
          }
          const count = db.transaction('procedures').objectStore('procedures').count();
          count.onsuccess = () => {
            db.close();
            resolveCount(count.result);
          };
          count.onerror = () => {
            db.close();
            resolveCount(0);
          };
        };
      }),
  );
}

/** Waits until the app has stored at least `min` procedures in IndexedDB. */
export async function waitForStoredCatalog(
  page: Page,
  min = 1,
  timeoutMs = 30_000,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const count = await countStoredProcedures(page);
    if (count >= min) return count;
    if (Date.now() > deadline) {
      throw new Error(`The app stored ${count} procedure(s) in IndexedDB, expected ≥ ${min}.`);
    }
    await page.waitForTimeout(250);
  }
}

/**
 * The app's outbox as stored in IndexedDB ("dvc", table "outbox"), read with the raw API: each
 * item's id, state and reason. Empty while the database or table does not exist.
 */
export async function readOutbox(
  page: Page,
): Promise<{ id: string; state: string; reason?: string; procedureCode: string }[]> {
  return page.evaluate(
    () =>
      new Promise<{ id: string; state: string; reason?: string; procedureCode: string }[]>(
        (resolveItems) => {
          const request = indexedDB.open('dvc');
          request.onerror = () => resolveItems([]);
          request.onupgradeneeded = () => {
            request.transaction?.abort();
            resolveItems([]);
          };
          request.onsuccess = () => {
            const db = request.result;
            if (!db.objectStoreNames.contains('outbox')) {
              db.close();
              resolveItems([]);
              return;
            }
            const all = db.transaction('outbox').objectStore('outbox').getAll();
            all.onsuccess = () => {
              db.close();
              resolveItems(
                (
                  all.result as {
                    id: string;
                    state: string;
                    reason?: string;
                    rating: { procedureCode: string };
                  }[]
                ).map((item) => ({
                  id: item.id,
                  state: item.state,
                  ...(item.reason ? { reason: item.reason } : {}),
                  procedureCode: item.rating.procedureCode,
                })),
              );
            };
            all.onerror = () => {
              db.close();
              resolveItems([]);
            };
          };
        },
      ),
  );
}

/**
 * Writes `count` pending ratings straight into the app's outbox (database "dvc", table "outbox")
 * in the shape the app's enqueue writes, with the page's own clock for createdAt, in one
 * transaction; returns their ids. For tests that need thousands of waiting ratings at once (the
 * form itself is tested in ratings-offline.test.ts). The app must have created the database.
 */
export async function queueRatingsInOutbox(
  page: Page,
  count: number,
  procedureCode = '1.001193',
): Promise<string[]> {
  return page.evaluate(
    async ({ count, procedureCode }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('dvc');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const ids: string[] = [];
      const levels = ['very_satisfied', 'satisfied', 'dissatisfied'];
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('outbox', 'readwrite');
        const store = tx.objectStore('outbox');
        for (let i = 0; i < count; i += 1) {
          const now = Date.now();
          const id = crypto.randomUUID();
          ids.push(id);
          store.add({
            id,
            rating: {
              id,
              procedureCode,
              overall: levels[i % 3],
              channel: 'online',
              province: '01',
              createdAt: new Date(now).toISOString(),
              locale: 'vi',
            },
            state: 'pending',
            queuedAt: now,
            attempts: 0,
            nextAttemptAt: now,
          });
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return ids;
    },
    { count, procedureCode },
  );
}
