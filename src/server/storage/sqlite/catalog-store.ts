import type BetterSqlite3 from 'better-sqlite3';
import type { Catalog, Procedure } from '../../../domain/procedure.ts';
import type { CatalogMeta, CatalogStore } from '../types.ts';

interface MetaRow {
  version: number;
  updated_at: string;
  count: number;
}

/** CatalogStore on better-sqlite3: synchronous underneath, async to match the interface. */
export class SqliteCatalogStore implements CatalogStore {
  readonly #db: BetterSqlite3.Database;
  readonly #selectMeta: BetterSqlite3.Statement<[], MetaRow>;
  readonly #selectOne: BetterSqlite3.Statement<[string], { document: string }>;
  readonly #selectAll: BetterSqlite3.Statement<[], { document: string }>;
  readonly #exists: BetterSqlite3.Statement<[string], { found: number }>;
  readonly #upsertMany: (procedures: readonly Procedure[]) => CatalogMeta;

  constructor(db: BetterSqlite3.Database) {
    this.#db = db;
    this.#selectMeta = db.prepare(
      'SELECT version, updated_at, count FROM catalog_meta WHERE id = 1',
    );
    this.#selectOne = db.prepare('SELECT document FROM procedures WHERE code = ?');
    this.#selectAll = db.prepare('SELECT document FROM procedures ORDER BY code');
    this.#exists = db.prepare('SELECT 1 AS found FROM procedures WHERE code = ?');
    // A row whose document is unchanged is not written at all (the WHERE), so `changes` counts
    // only real inserts and updates: an import that changes nothing keeps the version (issue 11).
    const upsertOne = db.prepare(`
      INSERT INTO procedures (code, name_vi, online_level, province, document, updated_at)
      VALUES (@code, @nameVi, @onlineLevel, @province, @document, @updatedAt)
      ON CONFLICT (code) DO UPDATE SET
        name_vi = excluded.name_vi, online_level = excluded.online_level,
        province = excluded.province, document = excluded.document,
        updated_at = excluded.updated_at
      WHERE procedures.document IS NOT excluded.document`);
    const bumpMeta = db.prepare<[{ updatedAt: string }], MetaRow>(`
      INSERT INTO catalog_meta (id, version, updated_at, count)
      VALUES (1, 1, @updatedAt, (SELECT count(*) FROM procedures))
      ON CONFLICT (id) DO UPDATE SET
        version = version + 1, updated_at = @updatedAt, count = (SELECT count(*) FROM procedures)
      RETURNING version, updated_at, count`);
    // One transaction for the whole batch: all procedures and the new version, or nothing.
    this.#upsertMany = db.transaction((procedures: readonly Procedure[]) => {
      const updatedAt = new Date().toISOString();
      let changed = 0;
      for (const p of procedures) {
        changed += upsertOne.run({
          code: p.code,
          nameVi: p.name.vi,
          onlineLevel: p.onlineLevel,
          province: p.province ?? null,
          document: JSON.stringify(p),
          updatedAt,
        }).changes;
      }
      const current = this.#selectMeta.get();
      if (current && changed === 0) return toMeta(current);
      const row = bumpMeta.get({ updatedAt });
      if (!row) throw new Error('catalog_meta was not updated');
      return toMeta(row);
    });
  }

  async meta(): Promise<CatalogMeta | undefined> {
    const row = this.#selectMeta.get();
    return row ? toMeta(row) : undefined;
  }

  async load(): Promise<Catalog | undefined> {
    // Meta and rows in one read transaction, so a concurrent import cannot mix two versions.
    return this.#db.transaction(() => {
      const row = this.#selectMeta.get();
      if (!row) return undefined;
      const procedures = this.#selectAll.all().map((r) => JSON.parse(r.document) as Procedure);
      return { version: row.version, updatedAt: row.updated_at, procedures };
    })();
  }

  async get(code: string): Promise<Procedure | undefined> {
    const row = this.#selectOne.get(code);
    return row ? (JSON.parse(row.document) as Procedure) : undefined;
  }

  async has(code: string): Promise<boolean> {
    return this.#exists.get(code) !== undefined;
  }

  async upsert(procedures: readonly Procedure[]): Promise<CatalogMeta> {
    return this.#upsertMany(procedures);
  }
}

function toMeta(row: MetaRow): CatalogMeta {
  return { version: row.version, updatedAt: row.updated_at, count: row.count };
}
