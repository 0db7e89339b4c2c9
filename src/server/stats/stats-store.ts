import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';

/** One row of a rollup query (see plan.ts): group key, criterion ('' = overall), level, count. */
export interface RollupRow {
  k: string;
  criterion: string;
  level: string;
  n: number;
}

/**
 * The only engine-specific part of the stats: running the rollup SQL that plan.ts writes in
 * the dialect both engines share. Everything else (periods, labels, rates) is common code, so
 * both engines give the same answers by construction — and the contract tests check it.
 */
export interface StatsStore {
  rollupRows(sql: string, params: readonly string[]): Promise<RollupRow[]>;
}

export class SqliteStatsStore implements StatsStore {
  readonly #db: BetterSqlite3.Database;

  constructor(db: BetterSqlite3.Database) {
    this.#db = db;
  }

  async rollupRows(sql: string, params: readonly string[]): Promise<RollupRow[]> {
    // Each query is one statement and one implicit read transaction: all segments see the
    // same snapshot, even while ratings are being inserted.
    return this.#db.prepare<unknown[], RollupRow>(sql).all(...params);
  }
}

interface PgRollupRow {
  k: string;
  criterion: string;
  level: string;
  /** sum(bigint) is numeric, which node-postgres hands over as a string. */
  n: string;
}

export class PostgresStatsStore implements StatsStore {
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async rollupRows(sql: string, params: readonly string[]): Promise<RollupRow[]> {
    let index = 0;
    const numbered = sql.replace(/\?/g, () => `$${++index}`);
    const { rows } = await this.#pool.query<PgRollupRow>(numbered, [...params]);
    return rows.map((row) => ({ ...row, n: Number(row.n) }));
  }
}
