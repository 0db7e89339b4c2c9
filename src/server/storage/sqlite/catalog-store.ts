import type BetterSqlite3 from 'better-sqlite3';
import type { Catalog, Procedure } from '../../../domain/procedure.ts';
import type { CatalogChanges, CatalogMeta, CatalogStore } from '../types.ts';

interface MetaRow {
  version: number;
  updated_at: string;
  count: number;
}

interface ChangesRow extends MetaRow {
  changes_since: number;
}

/** CatalogStore on better-sqlite3: synchronous underneath, async to match the interface. */
export class SqliteCatalogStore implements CatalogStore {
  readonly #db: BetterSqlite3.Database;
  readonly #selectMeta: BetterSqlite3.Statement<[], MetaRow>;
  readonly #selectOne: BetterSqlite3.Statement<[string], { document: string }>;
  readonly #selectAll: BetterSqlite3.Statement<[], { document: string }>;
  readonly #exists: BetterSqlite3.Statement<[string], { found: number }>;
  readonly #upsertMany: (procedures: readonly Procedure[]) => CatalogMeta;
  readonly #removeMany: (codes: readonly string[]) => CatalogMeta | undefined;
  readonly #changesSince: (version: number) => CatalogChanges | undefined;

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
      INSERT INTO procedures
        (code, name_vi, online_level, province, document, updated_at, changed_version)
      VALUES (@code, @nameVi, @onlineLevel, @province, @document, @updatedAt, @version)
      ON CONFLICT (code) DO UPDATE SET
        name_vi = excluded.name_vi, online_level = excluded.online_level,
        province = excluded.province, document = excluded.document,
        updated_at = excluded.updated_at, changed_version = excluded.changed_version
      WHERE procedures.document IS NOT excluded.document`);
    // A procedure back after a removal is a change again, not a removal.
    const unremove = db.prepare('DELETE FROM catalog_removals WHERE code = ?');
    const deleteOne = db.prepare('DELETE FROM procedures WHERE code = ?');
    const recordRemoval = db.prepare(`
      INSERT INTO catalog_removals (code, version) VALUES (?, ?)
      ON CONFLICT (code) DO UPDATE SET version = excluded.version`);
    const selectChanges = db.prepare<[], ChangesRow>(
      'SELECT version, updated_at, count, changes_since FROM catalog_meta WHERE id = 1',
    );
    const selectChanged = db.prepare<[number], { document: string }>(
      'SELECT document FROM procedures WHERE changed_version > ? ORDER BY code',
    );
    const selectRemoved = db.prepare<[number], { code: string }>(
      'SELECT code FROM catalog_removals WHERE version > ? ORDER BY code',
    );
    const bumpMeta = db.prepare<[{ updatedAt: string }], MetaRow>(`
      INSERT INTO catalog_meta (id, version, updated_at, count)
      VALUES (1, 1, @updatedAt, (SELECT count(*) FROM procedures))
      ON CONFLICT (id) DO UPDATE SET
        version = version + 1, updated_at = @updatedAt, count = (SELECT count(*) FROM procedures)
      RETURNING version, updated_at, count`);
    // One transaction for the whole batch: all procedures and the new version, or nothing.
    this.#upsertMany = db.transaction((procedures: readonly Procedure[]) => {
      const updatedAt = new Date().toISOString();
      const current = this.#selectMeta.get();
      // The version this batch makes if it changes anything (bumpMeta below adds the same 1).
      const version = (current?.version ?? 0) + 1;
      let changed = 0;
      for (const p of procedures) {
        const written = upsertOne.run({
          code: p.code,
          nameVi: p.name.vi,
          onlineLevel: p.onlineLevel,
          province: p.province ?? null,
          document: JSON.stringify(p),
          updatedAt,
          version,
        }).changes;
        if (written > 0) unremove.run(p.code);
        changed += written;
      }
      if (current && changed === 0) return toMeta(current);
      const row = bumpMeta.get({ updatedAt });
      if (!row) throw new Error('catalog_meta was not updated');
      return toMeta(row);
    });
    this.#removeMany = db.transaction((codes: readonly string[]) => {
      const current = this.#selectMeta.get();
      if (!current) return undefined;
      const version = current.version + 1;
      let removed = 0;
      for (const code of new Set(codes)) {
        if (deleteOne.run(code).changes === 0) continue;
        recordRemoval.run(code, version);
        removed += 1;
      }
      if (removed === 0) return toMeta(current);
      const row = bumpMeta.get({ updatedAt: new Date().toISOString() });
      if (!row) throw new Error('catalog_meta was not updated');
      return toMeta(row);
    });
    // One read transaction: the rows and the version they lead to belong together.
    this.#changesSince = db.transaction((since: number): CatalogChanges | undefined => {
      const row = selectChanges.get();
      if (!row) return undefined;
      if (since < row.changes_since || since > row.version) return { kind: 'full' };
      return {
        kind: 'delta',
        version: row.version,
        updatedAt: row.updated_at,
        changed: selectChanged.all(since).map((r) => JSON.parse(r.document) as Procedure),
        removed: selectRemoved.all(since).map((r) => r.code),
      };
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

  async remove(codes: readonly string[]): Promise<CatalogMeta | undefined> {
    return this.#removeMany(codes);
  }

  async changesSince(version: number): Promise<CatalogChanges | undefined> {
    return this.#changesSince(version);
  }
}

function toMeta(row: MetaRow): CatalogMeta {
  return { version: row.version, updatedAt: row.updated_at, count: row.count };
}
