import type BetterSqlite3 from 'better-sqlite3';
import { statsDayOf } from '../../domain/stats.ts';
import type { RatingRow } from '../ratings/row.ts';
import { CUBE_FAMILIES, cubeTables } from './rollup-schema.ts';

/**
 * SQLite, from migration 6 on: the rollups behind GET /api/stats are kept by the rating store,
 * not by a trigger. After a batch's ratings are inserted, the accepted rows are counted here
 * per rollup key and each group is added with one upsert, in the same transaction as the insert
 * (so the counts never disagree with the ratings table). The row trigger of migrations 4–5 did
 * ~20 upserts and a json_each per rating; a batch now does one upsert per distinct key.
 * (PostgreSQL keeps its statement-level trigger, which already counts once per batch.)
 *
 * Counting follows the SQL the trigger ran (rollup-schema.ts): the day is created_at in Vietnam
 * time (UTC+7), a missing province is '', and each criterion of the stored criteria JSON counts
 * once under (criterion, level). Every writer of `ratings` goes through RatingStore.insertBatch,
 * so no rating can be stored without its counts.
 */

/** The first schema version whose rollups are kept by the stores (migration 6). */
export const STORE_ROLLUPS_VERSION = 6;

const TABLES = cubeTables(CUBE_FAMILIES);

type Dimension = 'procedure_code' | 'province' | 'channel' | 'overall';

/** The rollup columns after `period` (and before the criterion columns) of each table. */
const DIMENSIONS = TABLES.map(
  (t) => (t.isCriteria ? t.keys.slice(0, -2) : t.keys) as readonly Dimension[],
);

/** One rollup table's additions: `keys[i]` is [period, ...key columns], `counts[i]` its count. */
export interface RollupDelta {
  table: string;
  columns: readonly string[];
  keys: string[][];
  counts: number[];
}

/** The additions the given newly stored rows make to every rollup table, keys sorted. */
export function rollupDeltas(rows: readonly RatingRow[]): RollupDelta[] {
  const groups = TABLES.map(() => new Map<string, { key: string[]; n: number }>());
  const add = (table: number, key: string[]) => {
    const map = groups[table] as Map<string, { key: string[]; n: number }>;
    const id = key.join('\u0000');
    const group = map.get(id);
    if (group) group.n += 1;
    else map.set(id, { key, n: 1 });
  };
  for (const row of rows) {
    const day = statsDayOf(new Date(row.created_at));
    const month = day.slice(0, 7);
    const values: Record<Dimension, string> = {
      procedure_code: row.procedure_code,
      province: row.province ?? '',
      channel: row.channel,
      overall: row.overall,
    };
    const criteria =
      row.criteria === null
        ? []
        : Object.entries(JSON.parse(row.criteria) as Record<string, unknown>);
    TABLES.forEach((t, i) => {
      const period = t.grain === 'day' ? day : month;
      const dims = (DIMENSIONS[i] as readonly Dimension[]).map((d) => values[d]);
      if (!t.isCriteria) {
        add(i, [period, ...dims]);
        return;
      }
      for (const [criterion, level] of criteria)
        add(i, [period, ...dims, criterion, String(level)]);
    });
  }
  return TABLES.map((t, i) => {
    const sorted = [...(groups[i] as Map<string, { key: string[]; n: number }>).entries()].sort(
      ([a], [b]) => (a < b ? -1 : a > b ? 1 : 0),
    );
    return {
      table: t.name,
      columns: ['period', ...t.keys],
      keys: sorted.map(([, g]) => g.key),
      counts: sorted.map(([, g]) => g.n),
    };
  });
}

function upsertConflict(columns: readonly string[], target: string): string {
  return `ON CONFLICT (${columns.join(', ')}) DO UPDATE SET n = ${target}.n + excluded.n`;
}

/** SQLite: one prepared upsert per rollup table, run once per group of a batch. */
export class SqliteRollupWriter {
  readonly #upserts: BetterSqlite3.Statement<unknown[]>[];

  constructor(db: BetterSqlite3.Database) {
    this.#upserts = TABLES.map((t) => {
      const columns = ['period', ...t.keys];
      return db.prepare(
        `INSERT INTO ${t.name} AS x (${columns.join(', ')}, n)
         VALUES (${columns.map(() => '?').join(', ')}, ?) ${upsertConflict(columns, 'x')}`,
      );
    });
  }

  /** Adds the rows' counts; call inside the transaction that inserted them. */
  add(rows: readonly RatingRow[]): void {
    if (rows.length === 0) return;
    rollupDeltas(rows).forEach((delta, i) => {
      const upsert = this.#upserts[i] as BetterSqlite3.Statement<unknown[]>;
      delta.keys.forEach((key, g) => upsert.run(...key, delta.counts[g]));
    });
  }
}
