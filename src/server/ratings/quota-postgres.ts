import type pg from 'pg';
import type { RatingResult } from '../../domain/rating.ts';
import type { IncomingRating } from '../storage/types.ts';
import { oldestKeptDay, QuotaLedger, rateLimitedResult, type BatchQuota } from './quota.ts';
import type { RatingRow } from './row.ts';

/**
 * Takes the batch's counter rows (creating them at 0), locked until the transaction ends, in key
 * order, and reads their counts. A concurrent batch of the same subject on any instance waits
 * here until this one commits, then reads what it added (ON CONFLICT DO UPDATE works on the
 * latest committed row even under READ COMMITTED): the accept/limit decision cannot race.
 */
const LOCK_SQL = `
  INSERT INTO rating_quota (day, subject, procedure_code, n)
  SELECT $1, $2, key, 0 FROM unnest($3::text[]) AS key ORDER BY key
  ON CONFLICT (day, subject, procedure_code) DO UPDATE SET n = rating_quota.n
  RETURNING procedure_code, n`;

const ADD_SQL = `
  UPDATE rating_quota AS q SET n = q.n + a.n
  FROM unnest($3::text[], $4::integer[]) AS a (key, n)
  WHERE q.day = $1 AND q.subject = $2 AND q.procedure_code = a.key`;

const STORED_IDS_SQL = 'SELECT id::text AS id FROM ratings WHERE id = ANY($1::uuid[])';

const TAKEN_DOSSIERS_SQL = `
  SELECT r.procedure_code, r.dossier_key FROM ratings AS r
  JOIN unnest($1::text[], $2::text[]) AS d (procedure_code, dossier_key)
    ON r.procedure_code = d.procedure_code AND r.dossier_key = d.dossier_key`;

type Resolve = (items: IncomingRating[], rows: RatingRow[]) => Promise<RatingResult[]>;

/**
 * The rating_quota table on PostgreSQL (./quota.ts), inside the rating store's transaction.
 * Unlike SQLite, the batch is inserted in a few set statements, not item by item, so which items
 * fit is decided before the insert: with the counters locked, the ids already stored and the
 * dossiers already rated are looked up (those items cannot be accepted and use nothing), and the
 * rest take places in request order. Only what was really accepted is then added.
 */
export class PostgresQuotaCounters {
  #secret: string | undefined;
  #prunedFor: string | undefined;

  async secret(pool: pg.Pool): Promise<string> {
    if (this.#secret === undefined) {
      const { rows } = await pool.query<{ secret: string }>(
        'SELECT secret FROM rating_quota_secret WHERE id = 1',
      );
      const secret = rows[0]?.secret;
      if (secret === undefined) throw new Error('rating_quota_secret is empty: run migration 8');
      this.#secret = secret;
    }
    return this.#secret;
  }

  async resolve(
    client: pg.PoolClient,
    quota: BatchQuota,
    items: readonly IncomingRating[],
    rows: readonly RatingRow[],
    resolve: Resolve,
  ): Promise<RatingResult[]> {
    await this.#prune(client, quota.day);
    const keys = QuotaLedger.keysOf(quota, items);
    const locked = await client.query<{ procedure_code: string; n: number }>({
      name: 'rating_quota_lock',
      text: LOCK_SQL,
      values: [quota.day, quota.subject, keys],
    });
    const used = new Map(locked.rows.map((row) => [row.procedure_code, Number(row.n)]));
    const limited = fitsWhole(quota, items, used)
      ? new Map<number, RatingResult>()
      : await overLimit(client, quota, items, rows, used);

    const kept = items.map((_, i) => i).filter((i) => !limited.has(i));
    const answers = await resolve(
      kept.map((i) => items[i] as IncomingRating),
      kept.map((i) => rows[i] as RatingRow),
    );
    const results = new Array<RatingResult>(items.length);
    for (const [i, result] of limited) results[i] = result;
    const counted = new QuotaLedger(quota, used);
    kept.forEach((i, k) => {
      const answer = answers[k] as RatingResult;
      results[i] = answer;
      if (answer.status === 'accepted') counted.take(items[i] as IncomingRating);
    });
    const additions = counted.additions();
    if (additions.length > 0) {
      await client.query({
        name: 'rating_quota_add',
        text: ADD_SQL,
        values: [quota.day, quota.subject, additions.map(([k]) => k), additions.map(([, n]) => n)],
      });
    }
    return results;
  }

  /** Counters of days before yesterday go, once per day and instance. */
  async #prune(client: pg.PoolClient, day: string): Promise<void> {
    if (this.#prunedFor === day) return;
    await client.query('DELETE FROM rating_quota WHERE day < $1', [oldestKeptDay(day)]);
    this.#prunedFor = day;
  }
}

/** True when even every item being accepted would stay within every limit (the usual case). */
function fitsWhole(
  quota: BatchQuota,
  items: readonly IncomingRating[],
  used: ReadonlyMap<string, number>,
): boolean {
  const wanted = new Map<string, { n: number; limit: number }>();
  for (const item of items) {
    for (const counter of quota.countersOf(item)) {
      const entry = wanted.get(counter.key) ?? {
        n: used.get(counter.key) ?? 0,
        limit: counter.limit,
      };
      entry.n += 1;
      wanted.set(counter.key, entry);
    }
  }
  return [...wanted.values()].every((entry) => entry.n <= entry.limit);
}

/** The items refused for a limit, by index, decided in request order as SQLite would. */
async function overLimit(
  client: pg.PoolClient,
  quota: BatchQuota,
  items: readonly IncomingRating[],
  rows: readonly RatingRow[],
  used: ReadonlyMap<string, number>,
): Promise<Map<number, RatingResult>> {
  const withDossier = rows.filter((row) => row.dossier_key !== null);
  const [stored, taken] = await Promise.all([
    client.query<{ id: string }>(STORED_IDS_SQL, [rows.map((row) => row.id)]),
    client.query<{ procedure_code: string; dossier_key: string }>(TAKEN_DOSSIERS_SQL, [
      withDossier.map((row) => row.procedure_code),
      withDossier.map((row) => row.dossier_key),
    ]),
  ]);
  const storedIds = new Set(stored.rows.map((row) => row.id));
  const ratedDossiers = new Set(
    taken.rows.map((row) => `${row.procedure_code}\n${row.dossier_key}`),
  );
  const ledger = new QuotaLedger(quota, used);
  const limited = new Map<number, RatingResult>();
  items.forEach((item, i) => {
    const row = rows[i] as RatingRow;
    const dossier =
      row.dossier_key === null ? undefined : `${row.procedure_code}\n${row.dossier_key}`;
    // Stored already, or its dossier is: it cannot be accepted, and the insert answers it
    // (duplicate, conflict, dossier_already_rated) without using anything.
    if (storedIds.has(row.id)) return;
    if (dossier !== undefined && ratedDossiers.has(dossier)) return;
    const limit = ledger.limitReached(item);
    if (limit !== undefined) {
      limited.set(i, rateLimitedResult(item, limit));
      return;
    }
    // A repeat of an id or a dossier earlier in the batch takes a place too, though the insert
    // will likely refuse it: if the earlier one loses a race with another instance, this one is
    // accepted, and the limit must hold even then. (Devices never repeat an id in a batch.)
    ledger.take(item);
  });
  return limited;
}
