import type BetterSqlite3 from 'better-sqlite3';
import type { RatingResult } from '../../../domain/rating.ts';
import { rateLimitedResult, type BatchQuota, type QuotaLedger } from '../../ratings/quota.ts';
import { SqliteQuotaCounters } from '../../ratings/quota-sqlite.ts';
import {
  RATING_COLUMNS,
  RATING_COLUMNS_V3,
  toRatingRow,
  type RatingRow,
} from '../../ratings/row.ts';
import { SqliteRollupWriter } from '../../stats/rollup-batch.ts';
import type { IncomingRating, RatingStore } from '../types.ts';

/** What the schema the store runs on has (a test may hold a database at an older version). */
export interface SqliteRatingSchema {
  /** Migration 6: the store keeps the rollups (before it, a trigger did). */
  keepsRollups: boolean;
  /** Migration 7: the dossier_key column and its unique index. */
  hasDossierKeys: boolean;
  /** Migration 8: the rating_quota tables. */
  hasQuota: boolean;
}

const CURRENT: SqliteRatingSchema = { keepsRollups: true, hasDossierKeys: true, hasQuota: true };

/**
 * Ratings on SQLite. A batch is one IMMEDIATE transaction (the write lock is taken up front, so
 * a concurrent writer waits on busy_timeout instead of failing halfway). Each item is an
 * `INSERT … ON CONFLICT DO NOTHING`: the primary key and the (procedure, dossier key) unique
 * index decide; only when nothing was inserted do we look at why, by id. Items are handled in
 * request order inside the transaction, so a batch that repeats an id or a dossier is answered
 * as if its items had come one by one. From schema version 6 the same transaction then adds the
 * accepted rows to the stats rollups, once per batch (src/server/stats/rollup-batch.ts); before
 * it, the trigger of migrations 4–5 did, and `keepsRollups` is false. With a quota (issue 10),
 * an item over its limit is not inserted, and the accepted ones are counted in the same
 * transaction (src/server/ratings/quota.ts).
 */
export class SqliteRatingStore implements RatingStore {
  readonly #insert: BetterSqlite3.Statement<RatingRow>;
  readonly #hashById: BetterSqlite3.Statement<[string], { content_hash: string }>;
  readonly #count: BetterSqlite3.Statement<[], { n: number }>;
  readonly #insertBatch: (items: readonly IncomingRating[], quota?: BatchQuota) => RatingResult[];
  readonly #rollups: SqliteRollupWriter | undefined;
  readonly #quota: SqliteQuotaCounters | undefined;

  constructor(
    readonly db: BetterSqlite3.Database,
    schema: SqliteRatingSchema = CURRENT,
  ) {
    const columns = schema.hasDossierKeys ? RATING_COLUMNS : RATING_COLUMNS_V3;
    this.#insert = db.prepare(
      `INSERT INTO ratings (${columns.join(', ')})
       VALUES (${columns.map((c) => `@${c}`).join(', ')})
       ON CONFLICT DO NOTHING`,
    );
    this.#hashById = db.prepare('SELECT content_hash FROM ratings WHERE id = ?');
    this.#count = db.prepare('SELECT count(*) AS n FROM ratings');
    this.#rollups = schema.keepsRollups ? new SqliteRollupWriter(db) : undefined;
    this.#quota = schema.hasQuota ? new SqliteQuotaCounters(db) : undefined;
    const run = db.transaction((items: readonly IncomingRating[], quota?: BatchQuota) => {
      const ledger = quota && this.#quota?.open(quota, items);
      const accepted: RatingRow[] = [];
      const results = items.map((item) => this.#insertOne(item, accepted, ledger));
      this.#rollups?.add(accepted);
      if (ledger) this.#quota?.commit(ledger);
      return results;
    });
    this.#insertBatch = (items, quota) => run.immediate(items, quota);
  }

  #insertOne(item: IncomingRating, accepted: RatingRow[], ledger?: QuotaLedger): RatingResult {
    const row = toRatingRow(item);
    const id = item.rating.id;
    const limit = ledger?.limitReached(item);
    if (limit === undefined && this.#insert.run(row).changes === 1) {
      accepted.push(row);
      ledger?.take(item);
      return { id, status: 'accepted' };
    }
    // A resend of a stored rating is answered as such even over the limit: it uses nothing.
    const existing = this.#hashById.get(row.id);
    if (existing) {
      return existing.content_hash === row.content_hash
        ? { id, status: 'duplicate' }
        : { id, status: 'conflict', reason: 'id_conflict' };
    }
    if (limit !== undefined) return rateLimitedResult(item, limit);
    // Not the id, so the only other unique constraint: this dossier was rated under another id.
    return { id, status: 'rejected', reason: 'dossier_already_rated' };
  }

  async insertBatch(items: readonly IncomingRating[], quota?: BatchQuota): Promise<RatingResult[]> {
    if (items.length === 0) return [];
    return this.#insertBatch(items, quota);
  }

  async quotaSecret(): Promise<string | undefined> {
    return this.#quota?.secret();
  }

  async count(): Promise<number> {
    return this.#count.get()?.n ?? 0;
  }
}
