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
