import type BetterSqlite3 from 'better-sqlite3';
import { oldestKeptDay, QuotaLedger, type BatchQuota } from './quota.ts';
import type { IncomingRating } from '../storage/types.ts';

/**
 * The rating_quota table on SQLite (./quota.ts). Called inside the rating store's IMMEDIATE
 * transaction, which holds the database's write lock: reading the counters, deciding and adding
 * to them cannot interleave with another batch.
 */
export class SqliteQuotaCounters {
  readonly #read: BetterSqlite3.Statement<[string, string, string], { n: number }>;
  readonly #add: BetterSqlite3.Statement<[string, string, string, number]>;
  readonly #prune: BetterSqlite3.Statement<[string]>;
  readonly #secret: BetterSqlite3.Statement<[], { secret: string }>;
  #prunedFor: string | undefined;

  constructor(db: BetterSqlite3.Database) {
    this.#read = db.prepare(
      'SELECT n FROM rating_quota WHERE day = ? AND subject = ? AND procedure_code = ?',
    );
    this.#add = db.prepare(
      `INSERT INTO rating_quota (day, subject, procedure_code, n) VALUES (?, ?, ?, ?)
       ON CONFLICT (day, subject, procedure_code) DO UPDATE SET n = n + excluded.n`,
    );
    this.#prune = db.prepare('DELETE FROM rating_quota WHERE day < ?');
    this.#secret = db.prepare('SELECT secret FROM rating_quota_secret WHERE id = 1');
  }

  secret(): string {
    const row = this.#secret.get();
    if (!row) throw new Error('rating_quota_secret is empty: migration 8 did not run');
    return row.secret;
  }

  /** The ledger of one batch, with what the database has counted so far today. */
  open(quota: BatchQuota, items: readonly IncomingRating[]): QuotaLedger {
    if (this.#prunedFor !== quota.day) {
      this.#prune.run(oldestKeptDay(quota.day));
      this.#prunedFor = quota.day;
    }
    const used = new Map<string, number>();
    for (const key of QuotaLedger.keysOf(quota, items)) {
      used.set(key, this.#read.get(quota.day, quota.subject, key)?.n ?? 0);
    }
    return new QuotaLedger(quota, used);
  }

  /** Writes the ledger's additions, in the same transaction. */
  commit(ledger: QuotaLedger): void {
    const { day, subject } = ledger.quota;
    for (const [key, n] of ledger.additions()) this.#add.run(day, subject, key, n);
  }
}
