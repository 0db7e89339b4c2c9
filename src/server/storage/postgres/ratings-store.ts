import type pg from 'pg';
import type { RatingResult } from '../../../domain/rating.ts';
import type { BatchQuota } from '../../ratings/quota.ts';
import { PostgresQuotaCounters } from '../../ratings/quota-postgres.ts';
import {
  RATING_COLUMNS,
  RATING_COLUMNS_V3,
  toRatingRow,
  type RatingColumn,
  type RatingRow,
} from '../../ratings/row.ts';
import type { IncomingRating, RatingStore } from '../types.ts';

const COLUMN_TYPES: Record<RatingColumn, string> = {
  id: 'uuid',
  procedure_code: 'text',
  overall: 'text',
  criteria: 'jsonb',
  comment: 'text',
  dossier_code: 'text',
  dossier_key: 'text',
  province: 'text',
  channel: 'text',
  created_at: 'timestamptz',
  received_at: 'timestamptz',
  locale: 'text',
  content_hash: 'text',
  kiosk_id: 'text',
};

/**
 * Many rows in one statement: one array parameter per column, zipped by unnest.
 *
 * In id order (issue 10, item 6): inserting a row whose id another open transaction has just
 * inserted waits for that transaction. Two devices resending overlapping batches in different
 * orders each held an id the other wanted next, and PostgreSQL broke the cycle by aborting one
 * (13 "deadlock detected" in 20 s; p99 9.7 s with the retries). Taken in one global order,
 * such waits can no longer form a cycle; the rollup trigger then upserts in key order too.
 */
const insertSql = (columns: readonly RatingColumn[]) => `
  INSERT INTO ratings (${columns.join(', ')})
  SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${COLUMN_TYPES[c]}[]`).join(', ')})
    AS batch (${columns.join(', ')})
  ORDER BY batch.id
  ON CONFLICT DO NOTHING
  RETURNING id::text AS id`;

/** What the schema has (a test may hold a database at an older version; see storage.ts). */
export interface PostgresRatingSchema {
  /** Migration 7: dossier_key and its unique index. */
  hasDossierKeys: boolean;
  /** Migration 8: the rating_quota tables. */
  hasQuota: boolean;
}

const HASHES_SQL = 'SELECT id::text AS id, content_hash FROM ratings WHERE id = ANY($1::uuid[])';

/** Deadlock / serialization failure: safe to run the whole batch again. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 3;

/**
 * Ratings on PostgreSQL. A batch is one transaction of a few statements, not one per item:
 * `INSERT … SELECT FROM unnest(…) ON CONFLICT DO NOTHING RETURNING id` inserts every item the
 * constraints allow (a failing statement would abort the transaction, so nothing is left to
 * fail), then one look-up by id tells, for the others, a resend (same hash → duplicate) from a
 * reused id (conflict); an item whose id is not stored lost on the (procedure, dossier) index.
 *
 * Items that repeat an id or a dossier of an earlier item in the same batch go in a later round
 * of the same transaction, so the batch is answered exactly as if its items came one by one in
 * request order (what SQLite does).
 */
export class PostgresRatingStore implements RatingStore {
  readonly #columns: readonly RatingColumn[];
  readonly #quota: PostgresQuotaCounters | undefined;

  constructor(
    readonly pool: pg.Pool,
    schema: PostgresRatingSchema = { hasDossierKeys: true, hasQuota: true },
  ) {
    this.#columns = schema.hasDossierKeys ? RATING_COLUMNS : RATING_COLUMNS_V3;
    this.#quota = schema.hasQuota ? new PostgresQuotaCounters() : undefined;
  }

  async insertBatch(items: readonly IncomingRating[], quota?: BatchQuota): Promise<RatingResult[]> {
    if (items.length === 0) return [];
    const rows = items.map(toRatingRow);
    const resolve = (client: pg.PoolClient, some: IncomingRating[], someRows: RatingRow[]) =>
      resolveBatch(client, this.#columns, some, someRows);
    for (let attempt = 1; ; attempt += 1) {
      try {
        // With a quota (issue 10), the counters are locked first and items over a limit are
        // never inserted (src/server/ratings/quota-postgres.ts).
        return await this.#inTransaction((client) =>
          quota && this.#quota
            ? this.#quota.resolve(client, quota, items, rows, (some, someRows) =>
                resolve(client, some, someRows),
              )
            : resolve(client, [...items], [...rows]),
        );
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (attempt >= ATTEMPTS || typeof code !== 'string' || !RETRYABLE.has(code)) throw error;
      }
    }
  }

  async quotaSecret(): Promise<string | undefined> {
    return this.#quota?.secret(this.pool);
  }

  async count(): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM ratings');
    return Number(rows[0]?.n ?? 0);
  }

  async #inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

async function resolveBatch(
  client: pg.PoolClient,
  columns: readonly RatingColumn[],
  items: readonly IncomingRating[],
  rows: readonly RatingRow[],
): Promise<RatingResult[]> {
  const results: RatingResult[] = new Array<RatingResult>(items.length);
  let pending = items.map((_, index) => index);
  while (pending.length > 0) {
    const { round, later } = splitRound(pending, rows);
    const inserted = await insertRows(
      client,
      columns,
      round.map((i) => rows[i] as RatingRow),
    );
    const missed: number[] = [];
    for (const i of round) {
      if (inserted.has((rows[i] as RatingRow).id)) results[i] = accepted(items[i]);
      else missed.push(i);
    }
    if (missed.length > 0) {
      const stored = await storedHashes(
        client,
        missed.map((i) => (rows[i] as RatingRow).id),
      );
      for (const i of missed) {
        const row = rows[i] as RatingRow;
        results[i] = whyNotInserted(items[i] as IncomingRating, row, stored.get(row.id));
      }
    }
    pending = later;
  }
  return results;
}

/**
 * The items of this round: in request order, each whose id and dossier no earlier pending item
 * has. The others wait for the next round, so the earlier item always wins.
 */
function splitRound(
  pending: readonly number[],
  rows: readonly RatingRow[],
): { round: number[]; later: number[] } {
  const seen = new Set<string>();
  const round: number[] = [];
  const later: number[] = [];
  for (const i of pending) {
    const row = rows[i] as RatingRow;
    const keys = [`id:${row.id}`];
    if (row.dossier_key !== null) keys.push(`dossier:${row.procedure_code}\n${row.dossier_key}`);
    (keys.some((key) => seen.has(key)) ? later : round).push(i);
    for (const key of keys) seen.add(key);
  }
  return { round, later };
}

async function insertRows(
  client: pg.PoolClient,
  columns: readonly RatingColumn[],
  rows: readonly RatingRow[],
): Promise<Set<string>> {
  const values = columns.map((column) => rows.map((row) => row[column]));
  const result = await client.query<{ id: string }>({
    name: `ratings_insert_batch_${columns.length}`,
    text: insertSql(columns),
    values,
  });
  return new Set(result.rows.map((row) => row.id));
}

async function storedHashes(
  client: pg.PoolClient,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const result = await client.query<{ id: string; content_hash: string }>({
    name: 'ratings_hashes_by_id',
    text: HASHES_SQL,
    values: [ids],
  });
  return new Map(result.rows.map((row) => [row.id, row.content_hash]));
}

function accepted(item: IncomingRating | undefined): RatingResult {
  return { id: item?.rating.id ?? '', status: 'accepted' };
}

function whyNotInserted(
  item: IncomingRating,
  row: RatingRow,
  storedHash: string | undefined,
): RatingResult {
  const id = item.rating.id;
  if (storedHash === undefined) {
    return { id, status: 'rejected', reason: 'dossier_already_rated' };
  }
  return storedHash === row.content_hash
    ? { id, status: 'duplicate' }
    : { id, status: 'conflict', reason: 'id_conflict' };
}
