import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';
import type { ProvinceCode } from '../../../domain/provinces.ts';
import type { ProvinceList, ProvinceListEntry } from '../../../domain/province-list.ts';
import type { CatalogMeta } from '../../storage/types.ts';

/** Provinces' official lists (issue 12). Replacing one bumps the catalogue's version with it. */
export interface ProvinceListStore {
  all(): Promise<ProvinceList[]>;
  get(province: ProvinceCode): Promise<ProvinceList | undefined>;
  /**
   * Replaces the province's list and bumps the catalogue version in one transaction, so every
   * device fetches the change as it does any catalogue change. Undefined (and nothing written)
   * when there is no catalogue yet.
   */
  replace(list: ProvinceList): Promise<CatalogMeta | undefined>;
}

interface SqliteRow {
  province: string;
  decision: string;
  decision_date: string;
  imported_at: string;
  entries: string;
}

export class SqliteProvinceListStore implements ProvinceListStore {
  readonly #db: BetterSqlite3.Database;
  #statements: ReturnType<typeof prepareSqlite> | undefined;

  constructor(db: BetterSqlite3.Database) {
    this.#db = db;
  }

  // Prepared on first use: a database held at an older migration (upgrade tests) has no table.
  get #sql() {
    this.#statements ??= prepareSqlite(this.#db);
    return this.#statements;
  }

  async all(): Promise<ProvinceList[]> {
    return this.#sql.all.all().map(fromSqlite);
  }

  async get(province: ProvinceCode): Promise<ProvinceList | undefined> {
    const row = this.#sql.one.get(province);
    return row ? fromSqlite(row) : undefined;
  }

  async replace(list: ProvinceList): Promise<CatalogMeta | undefined> {
    return this.#sql.replace(list);
  }
}

function prepareSqlite(db: BetterSqlite3.Database) {
  const upsert = db.prepare(`
    INSERT INTO province_lists (province, decision, decision_date, imported_at, entries)
    VALUES (@province, @decision, @decisionDate, @importedAt, @entries)
    ON CONFLICT (province) DO UPDATE SET decision = excluded.decision,
      decision_date = excluded.decision_date, imported_at = excluded.imported_at,
      entries = excluded.entries`);
  const bump = db.prepare<[string], { version: number; updated_at: string; count: number }>(
    `UPDATE catalog_meta SET version = version + 1, updated_at = ? WHERE id = 1
     RETURNING version, updated_at, count`,
  );
  return {
    all: db.prepare<[], SqliteRow>('SELECT * FROM province_lists ORDER BY province'),
    one: db.prepare<[string], SqliteRow>('SELECT * FROM province_lists WHERE province = ?'),
    replace: db.transaction((list: ProvinceList): CatalogMeta | undefined => {
      const meta = bump.get(list.importedAt);
      if (!meta) return undefined;
      upsert.run({ ...list, entries: JSON.stringify(list.entries) });
      return { version: meta.version, updatedAt: meta.updated_at, count: meta.count };
    }),
  };
}

function fromSqlite(row: SqliteRow): ProvinceList {
  return {
    province: row.province as ProvinceCode,
    decision: row.decision,
    decisionDate: row.decision_date,
    importedAt: row.imported_at,
    entries: JSON.parse(row.entries) as ProvinceListEntry[],
  };
}

interface PostgresRow {
  province: string;
  decision: string;
  decision_date: string;
  imported_at: Date;
  entries: ProvinceListEntry[];
}

const SELECT_PG = `SELECT province, decision, to_char(decision_date, 'YYYY-MM-DD') AS decision_date,
  imported_at, entries FROM province_lists`;

export class PostgresProvinceListStore implements ProvinceListStore {
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async all(): Promise<ProvinceList[]> {
    const { rows } = await this.#pool.query<PostgresRow>(`${SELECT_PG} ORDER BY province`);
    return rows.map(fromPostgres);
  }

  async get(province: ProvinceCode): Promise<ProvinceList | undefined> {
    const { rows } = await this.#pool.query<PostgresRow>(`${SELECT_PG} WHERE province = $1`, [
      province,
    ]);
    return rows[0] ? fromPostgres(rows[0]) : undefined;
  }

  async replace(list: ProvinceList): Promise<CatalogMeta | undefined> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      const bumped = await client.query<{ version: number; updated_at: Date; count: number }>(
        `UPDATE catalog_meta SET version = version + 1, updated_at = $1 WHERE id = 1
         RETURNING version, updated_at, count`,
        [list.importedAt],
      );
      const meta = bumped.rows[0];
      if (!meta) {
        await client.query('ROLLBACK');
        return undefined;
      }
      await client.query(
        `INSERT INTO province_lists (province, decision, decision_date, imported_at, entries)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (province) DO UPDATE SET decision = excluded.decision,
           decision_date = excluded.decision_date, imported_at = excluded.imported_at,
           entries = excluded.entries`,
        [
          list.province,
          list.decision,
          list.decisionDate,
          list.importedAt,
          JSON.stringify(list.entries),
        ],
      );
      await client.query('COMMIT');
      return {
        version: meta.version,
        updatedAt: meta.updated_at.toISOString(),
        count: Number(meta.count),
      };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

function fromPostgres(row: PostgresRow): ProvinceList {
  return {
    province: row.province as ProvinceCode,
    decision: row.decision,
    decisionDate: row.decision_date,
    importedAt: row.imported_at.toISOString(),
    entries: row.entries,
  };
}
