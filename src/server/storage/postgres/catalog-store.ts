import type pg from 'pg';
import type { Catalog, Procedure } from '../../../domain/procedure.ts';
import type { CatalogChanges, CatalogMeta, CatalogStore } from '../types.ts';

interface MetaRow {
  version: number;
  updated_at: Date;
  count: number;
}

const SELECT_META = 'SELECT version, updated_at, count FROM catalog_meta WHERE id = 1';

/** CatalogStore on PostgreSQL; every instance behind a load balancer shares these rows. */
export class PostgresCatalogStore implements CatalogStore {
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async meta(): Promise<CatalogMeta | undefined> {
    const { rows } = await this.#pool.query<MetaRow>(SELECT_META);
    return rows[0] ? toMeta(rows[0]) : undefined;
  }

  async load(): Promise<Catalog | undefined> {
    const client = await this.#pool.connect();
    try {
      // One snapshot for meta and rows, so a concurrent import cannot mix two versions.
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const meta = await client.query<MetaRow>(SELECT_META);
      const row = meta.rows[0];
      if (!row) {
        await client.query('COMMIT');
        return undefined;
      }
      const { rows } = await client.query<{ document: Procedure }>(
        'SELECT document FROM procedures ORDER BY code',
      );
      await client.query('COMMIT');
      return {
        version: row.version,
        updatedAt: row.updated_at.toISOString(),
        procedures: rows.map((r) => r.document),
      };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async get(code: string): Promise<Procedure | undefined> {
    const { rows } = await this.#pool.query<{ document: Procedure }>(
      'SELECT document FROM procedures WHERE code = $1',
      [code],
    );
    return rows[0]?.document;
  }

  async has(code: string): Promise<boolean> {
    const { rowCount } = await this.#pool.query('SELECT 1 FROM procedures WHERE code = $1', [code]);
    return (rowCount ?? 0) > 0;
  }

  async upsert(procedures: readonly Procedure[]): Promise<CatalogMeta> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      // One statement for the whole batch (arrays unnested server-side): thousands of rows in
      // one round trip instead of one per procedure.
      // Unchanged rows are not written (the WHERE), so rowCount counts real inserts and updates:
      // an import that changes nothing keeps the version (issue 11, item 8).
      // Locks the meta row: two imports at once number their versions one after the other.
      const before = await client.query<MetaRow>(`${SELECT_META} FOR UPDATE`);
      const version = (before.rows[0]?.version ?? 0) + 1;
      const written = await client.query<{ code: string }>(
        `INSERT INTO procedures
           (code, name_vi, online_level, province, document, updated_at, changed_version)
         SELECT code, name_vi, online_level, province, document, now(), $6
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[])
           AS t(code, name_vi, online_level, province, document)
         ON CONFLICT (code) DO UPDATE SET
           name_vi = excluded.name_vi, online_level = excluded.online_level,
           province = excluded.province, document = excluded.document,
           updated_at = excluded.updated_at, changed_version = excluded.changed_version
         WHERE procedures.document IS DISTINCT FROM excluded.document
         RETURNING code`,
        [
          procedures.map((p) => p.code),
          procedures.map((p) => p.name.vi),
          procedures.map((p) => p.onlineLevel),
          procedures.map((p) => p.province ?? null),
          procedures.map((p) => JSON.stringify(p)),
          version,
        ],
      );
      if (written.rows.length === 0 && before.rows[0]) {
        await client.query('COMMIT');
        return toMeta(before.rows[0]);
      }
      // A procedure back after a removal is a change again, not a removal.
      await client.query('DELETE FROM catalog_removals WHERE code = ANY($1::text[])', [
        written.rows.map((r) => r.code),
      ]);
      const meta = await bumpVersion(client);
      await client.query('COMMIT');
      return meta;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async remove(codes: readonly string[]): Promise<CatalogMeta | undefined> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      const before = await client.query<MetaRow>(`${SELECT_META} FOR UPDATE`);
      const current = before.rows[0];
      if (!current) {
        await client.query('COMMIT');
        return undefined;
      }
      const removed = await client.query<{ code: string }>(
        'DELETE FROM procedures WHERE code = ANY($1::text[]) RETURNING code',
        [[...new Set(codes)]],
      );
      if (removed.rows.length === 0) {
        await client.query('COMMIT');
        return toMeta(current);
      }
      await client.query(
        `INSERT INTO catalog_removals (code, version) SELECT code, $2 FROM unnest($1::text[]) AS code
         ON CONFLICT (code) DO UPDATE SET version = excluded.version`,
        [removed.rows.map((r) => r.code), current.version + 1],
      );
      const meta = await bumpVersion(client);
      await client.query('COMMIT');
      return meta;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async changesSince(since: number): Promise<CatalogChanges | undefined> {
    const client = await this.#pool.connect();
    try {
      // One snapshot: the rows and the version they lead to belong together.
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const meta = await client.query<MetaRow & { changes_since: number }>(
        'SELECT version, updated_at, count, changes_since FROM catalog_meta WHERE id = 1',
      );
      const row = meta.rows[0];
      if (!row || since < row.changes_since || since > row.version) {
        await client.query('COMMIT');
        return row ? { kind: 'full' } : undefined;
      }
      const changed = await client.query<{ document: Procedure }>(
        'SELECT document FROM procedures WHERE changed_version > $1 ORDER BY code',
        [since],
      );
      const removed = await client.query<{ code: string }>(
        'SELECT code FROM catalog_removals WHERE version > $1 ORDER BY code',
        [since],
      );
      await client.query('COMMIT');
      return {
        kind: 'delta',
        version: row.version,
        updatedAt: row.updated_at.toISOString(),
        changed: changed.rows.map((r) => r.document),
        removed: removed.rows.map((r) => r.code),
      };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

async function bumpVersion(client: pg.PoolClient): Promise<CatalogMeta> {
  const { rows } = await client.query<MetaRow>(
    `INSERT INTO catalog_meta (id, version, updated_at, count)
     VALUES (1, 1, now(), (SELECT count(*) FROM procedures))
     ON CONFLICT (id) DO UPDATE SET
       version = catalog_meta.version + 1, updated_at = now(),
       count = (SELECT count(*) FROM procedures)
     RETURNING version, updated_at, count`,
  );
  if (!rows[0]) throw new Error('catalog_meta was not updated');
  return toMeta(rows[0]);
}

function toMeta(row: MetaRow): CatalogMeta {
  return {
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
    count: Number(row.count),
  };
}
