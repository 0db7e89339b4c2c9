import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rating } from '../../src/domain/rating.ts';
import { openPostgresStorage } from '../../src/server/storage/postgres/storage.ts';
import { openSqliteStorage, sqliteFileIn } from '../../src/server/storage/sqlite/storage.ts';
import type { IncomingRating, Storage } from '../../src/server/storage/types.ts';
import { createTestDatabase } from './support/databases.ts';
import { incoming, makeRating } from './support/rating-fixtures.ts';
import { makeTempDir } from './support/storage.ts';

/** One contract for every RatingStore engine (issue 3 §5). */
function ratingStoreContract(
  name: string,
  setup: () => Promise<{ storage: Storage; dispose(): Promise<void> }>,
) {
  describe(`RatingStore contract: ${name}`, () => {
    let storage: Storage;
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      ({ storage, dispose } = await setup());
    });
    afterAll(async () => {
      await storage.close();
      await dispose();
    });

    const insert = (ratings: Rating[]) =>
      storage.ratings.insertBatch(ratings.map((r) => incoming(r)));
    const statuses = async (ratings: Rating[]) =>
      (await insert(ratings)).map((r) => (r.reason ? `${r.status}:${r.reason}` : r.status));

    it('starts empty and answers an empty batch with nothing', async () => {
      expect(await storage.ratings.count()).toBe(0);
      expect(await storage.ratings.insertBatch([])).toEqual([]);
    });

    it('accepts new ratings, answering every id in request order', async () => {
      const ratings = [
        makeRating(),
        makeRating({ dossierCode: 'H29.22-240115-0001' }),
        makeRating(),
      ];
      const results = await insert(ratings);
      expect(results).toEqual(ratings.map((r) => ({ id: r.id, status: 'accepted' })));
      expect(await storage.ratings.count()).toBe(3);
    });

    it('answers a resend of the same content as duplicate and stores nothing more', async () => {
      const ratings = [makeRating(), makeRating({ criteria: undefined, comment: undefined })];
      expect(await statuses(ratings)).toEqual(['accepted', 'accepted']);
      const before = await storage.ratings.count();
      // Same content, keys in another order: the content hash is canonical.
      const reordered = ratings.map(
        (r) => Object.fromEntries(Object.entries(r).reverse()) as Rating,
      );
      expect(await statuses(reordered)).toEqual(['duplicate', 'duplicate']);
      expect(await storage.ratings.count()).toBe(before);
    });

    it('treats an upper-case id as the same id', async () => {
      const rating = makeRating();
      await insert([rating]);
      const results = await insert([{ ...rating, id: rating.id.toUpperCase() }]);
      expect(results).toEqual([{ id: rating.id.toUpperCase(), status: 'duplicate' }]);
    });

    it('answers the same id with different content as conflict and keeps the first', async () => {
      const rating = makeRating({ overall: 'very_satisfied' });
      await insert([rating]);
      const before = await storage.ratings.count();
      const results = await insert([{ ...rating, overall: 'dissatisfied' }]);
      expect(results).toEqual([{ id: rating.id, status: 'conflict', reason: 'id_conflict' }]);
      expect(await statuses([rating])).toEqual(['duplicate']);
      expect(await storage.ratings.count()).toBe(before);
    });

    it('rejects a second rating of one dossier for one procedure, in a later batch', async () => {
      const dossierCode = '000.00.15.H29-240101-0001';
      expect(await statuses([makeRating({ dossierCode })])).toEqual(['accepted']);
      expect(await statuses([makeRating({ dossierCode }), makeRating()])).toEqual([
        'rejected:dossier_already_rated',
        'accepted',
      ]);
      // The same dossier code under another procedure is another dossier.
      const other = makeRating({ dossierCode, procedureCode: '2.000001' });
      expect(await statuses([other])).toEqual(['accepted']);
    });

    it('rejects another spelling of a rated dossier code (issue 10), in a later batch or the same', async () => {
      expect(await statuses([makeRating({ dossierCode: '000.00.15.H29-240301-0001' })])).toEqual([
        'accepted',
      ]);
      const variants = [
        '000.00.15.h29-240301-0001',
        '000-00-15-H29-240301-0001',
        '000/00/15/H29/240301/0001',
        '0.0.15.H29-240301-1',
        '000.00.15.H29-240301-0001.',
      ];
      expect(await statuses(variants.map((dossierCode) => makeRating({ dossierCode })))).toEqual(
        variants.map(() => 'rejected:dossier_already_rated'),
      );
      expect(
        await statuses([
          makeRating({ dossierCode: 'H46.10-250301-0042' }),
          makeRating({ dossierCode: 'h46-10-250301-42' }),
          makeRating({ dossierCode: 'H46.10-250301-0043' }),
        ]),
      ).toEqual(['accepted', 'rejected:dossier_already_rated', 'accepted']);
    });

    it('handles an id or a dossier repeated inside one batch as if sent one by one', async () => {
      const first = makeRating({ dossierCode: 'H46.10-250101-0042' });
      const sameDossier = makeRating({ dossierCode: 'H46.10-250101-0042' });
      const twin = makeRating();
      const before = await storage.ratings.count();
      expect(
        await statuses([first, sameDossier, twin, twin, { ...twin, overall: 'dissatisfied' }]),
      ).toEqual([
        'accepted',
        'rejected:dossier_already_rated',
        'accepted',
        'duplicate',
        'conflict:id_conflict',
      ]);
      expect(await storage.ratings.count()).toBe(before + 2);
    });

    it('lets a repeated id through when its first occurrence lost its dossier', async () => {
      const dossierCode = 'H01.55-250301-0007';
      await insert([makeRating({ dossierCode })]);
      const reused = makeRating({ dossierCode });
      // Same id again, now without the taken dossier: one by one, the second would be stored.
      const retry = { ...reused, dossierCode: undefined };
      expect(await statuses([reused, retry])).toEqual([
        'rejected:dossier_already_rated',
        'accepted',
      ]);
    });

    it('stores a batch entirely or not at all when something fails midway', async () => {
      const before = await storage.ratings.count();
      const good = [makeRating({ dossierCode: 'H79.01-250401-0001' }), makeRating()];
      // Bypasses validation on purpose, so the database refuses it after the first rows went in
      // (its dossier repeats the first item's, so PostgreSQL reaches it in a second statement).
      const broken = makeRating({ dossierCode: 'H79.01-250401-0001' });
      const bad: IncomingRating = {
        ...incoming(broken),
        rating: { ...broken, overall: 'not-a-level' as Rating['overall'] },
      };
      await expect(
        storage.ratings.insertBatch([...good.map((r) => incoming(r)), bad]),
      ).rejects.toThrow();
      expect(await storage.ratings.count()).toBe(before);
      expect(await statuses(good)).toEqual(['accepted', 'accepted']);
    });

    it('stores each rating once when the same batch arrives twice at the same time', async () => {
      const ratings = Array.from({ length: 50 }, (_, i) =>
        makeRating(i % 2 === 0 ? { dossierCode: `H31.20-250501-${String(1000 + i)}` } : {}),
      );
      const before = await storage.ratings.count();
      const [a, b] = await Promise.all([insert(ratings), insert(ratings)]);
      for (const [i, rating] of ratings.entries()) {
        const pair = [a?.[i]?.status, b?.[i]?.status].sort();
        expect(pair, rating.id).toEqual(['accepted', 'duplicate']);
      }
      expect(await storage.ratings.count()).toBe(before + ratings.length);
    });

    it('takes a full batch of 500 in one call', async () => {
      const before = await storage.ratings.count();
      const ratings = Array.from({ length: 500 }, () => makeRating());
      const results = await insert(ratings);
      expect(results.every((r) => r.status === 'accepted')).toBe(true);
      expect(results.map((r) => r.id)).toEqual(ratings.map((r) => r.id));
      expect(await storage.ratings.count()).toBe(before + 500);
    });
  });
}

ratingStoreContract('SQLite', async () => {
  const temp = makeTempDir('dvc-ratings-contract-');
  return {
    storage: openSqliteStorage(sqliteFileIn(temp.dir)),
    dispose: async () => temp.cleanup(),
  };
});

const database = await createTestDatabase();

describe.runIf(database !== undefined)('PostgreSQL', () => {
  ratingStoreContract('PostgreSQL', async () => ({
    storage: await openPostgresStorage(database?.url ?? ''),
    dispose: async () => database?.drop(),
  }));
});

if (database === undefined) {
  console.warn('[rating-store contract] PostgreSQL absent: the contract ran against SQLite only');
}
