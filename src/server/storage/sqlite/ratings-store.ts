import type BetterSqlite3 from 'better-sqlite3';
import type { RatingResult } from '../../../domain/rating.ts';
import { RATING_COLUMNS, toRatingRow, type RatingRow } from '../../ratings/row.ts';
import { SqliteRollupWriter } from '../../stats/rollup-batch.ts';
import type { IncomingRating, RatingStore } from '../types.ts';

/**
 * Ratings on SQLite. A batch is one IMMEDIATE transaction (the write lock is taken up front, so
 * a concurrent writer waits on busy_timeout instead of failing halfway). Each item is an
 * `INSERT … ON CONFLICT DO NOTHING`: the primary key and the (procedure, dossier) unique index
 * decide; only when nothing was inserted do we look at why, by id. Items are handled in request
 * order inside the transaction, so a batch that repeats an id or a dossier is answered as if its
 * items had come one by one. From schema version 6 the same transaction then adds the accepted
 * rows to the stats rollups, once per batch (src/server/stats/rollup-batch.ts); before it, the
 * trigger of migrations 4–5 did, and `keepsRollups` is false.
 */
export class SqliteRatingStore implements RatingStore {
  readonly #insert: BetterSqlite3.Statement<RatingRow>;
  readonly #hashById: BetterSqlite3.Statement<[string], { content_hash: string }>;
  readonly #count: BetterSqlite3.Statement<[], { n: number }>;
  readonly #insertBatch: (items: readonly IncomingRating[]) => RatingResult[];
  readonly #rollups: SqliteRollupWriter | undefined;

  constructor(
    readonly db: BetterSqlite3.Database,
    keepsRollups = true,
  ) {
    this.#insert = db.prepare(
      `INSERT INTO ratings (${RATING_COLUMNS.join(', ')})
       VALUES (${RATING_COLUMNS.map((c) => `@${c}`).join(', ')})
       ON CONFLICT DO NOTHING`,
    );
    this.#hashById = db.prepare('SELECT content_hash FROM ratings WHERE id = ?');
    this.#count = db.prepare('SELECT count(*) AS n FROM ratings');
    this.#rollups = keepsRollups ? new SqliteRollupWriter(db) : undefined;
    const run = db.transaction((items: readonly IncomingRating[]) => {
      const accepted: RatingRow[] = [];
      const results = items.map((item) => this.#insertOne(item, accepted));
      this.#rollups?.add(accepted);
      return results;
    });
    this.#insertBatch = (items) => run.immediate(items);
  }

  #insertOne(item: IncomingRating, accepted: RatingRow[]): RatingResult {
    const row = toRatingRow(item);
    const id = item.rating.id;
    if (this.#insert.run(row).changes === 1) {
      accepted.push(row);
      return { id, status: 'accepted' };
    }
    const existing = this.#hashById.get(row.id);
    if (existing) {
      return existing.content_hash === row.content_hash
        ? { id, status: 'duplicate' }
        : { id, status: 'conflict', reason: 'id_conflict' };
    }
    // Not the id, so the only other unique constraint: this dossier was rated under another id.
    return { id, status: 'rejected', reason: 'dossier_already_rated' };
  }

  async insertBatch(items: readonly IncomingRating[]): Promise<RatingResult[]> {
    if (items.length === 0) return [];
    return this.#insertBatch(items);
  }

  async count(): Promise<number> {
    return this.#count.get()?.n ?? 0;
  }
}
