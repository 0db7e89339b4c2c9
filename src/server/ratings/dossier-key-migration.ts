import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';
import type { MigrationNotice } from '../storage/migration-check.ts';

/**
 * Migration 7, "dossier keys" (issue 10): one rating per dossier is enforced on the dossier's
 * canonical key (src/domain/dossier-code.ts), not on the code as typed, so "h29.22-240115-1"
 * no longer rates "H29.22-240115-0001" a second time.
 *
 * - `dossier_key` is added and filled for every stored rating with a dossier code. The rules
 *   are FROZEN here, in SQL on PostgreSQL and in a copy of the function on SQLite (which has
 *   no regular expressions): a later change to dossierKey must not change what this
 *   migration did. tests/server/dossier-key-migration.test.ts checks both against dossierKey.
 * - Stored ratings whose keys collide are all kept: the earliest (received_at, then id) keeps
 *   its key, the others get a NULL key and `dossier_collision` set, so they stay counted in the
 *   stats and can be found, and the migration reports how many (the server logs it at warn).
 * - The unique index moves from (procedure_code, dossier_code) to (procedure_code, dossier_key);
 *   the old one would only cost every insert, since equal codes have equal keys.
 */

const MARK_COLLISIONS = `
  UPDATE ratings SET dossier_key = NULL, dossier_collision = DOSSIER_TRUE
  WHERE id IN (
    SELECT id FROM (
      SELECT id, row_number() OVER (
        PARTITION BY procedure_code, dossier_key ORDER BY received_at, id
      ) AS rank
      FROM ratings WHERE dossier_key IS NOT NULL
    ) AS ranked
    WHERE rank > 1
  )`;

const SWAP_INDEX = `
  DROP INDEX ratings_procedure_dossier_key;
  CREATE UNIQUE INDEX ratings_procedure_dossier_canonical_key
    ON ratings (procedure_code, dossier_key) WHERE dossier_key IS NOT NULL;`;

function collisionNotice(collisions: number): MigrationNotice | undefined {
  if (collisions === 0) return undefined;
  return {
    version: 7,
    count: collisions,
    message:
      `${collisions} stored rating(s) name a dossier already rated under another spelling of ` +
      `its code; all are kept and counted, the later ones marked dossier_collision (never deleted)`,
  };
}

/** The rules of dossierKey as they were at migration 7; never edit (see above). */
function dossierKeyAtV7(code: string): string {
  return code
    .trim()
    .toUpperCase()
    .split(/[._/-]+/)
    .filter((segment) => segment !== '')
    .map((segment) => (/^\d+$/.test(segment) ? segment.replace(/^0+(?=\d)/, '') : segment))
    .join('.');
}

export function upSqliteDossierKeys(db: BetterSqlite3.Database): MigrationNotice | undefined {
  db.exec(`
    ALTER TABLE ratings ADD COLUMN dossier_key TEXT;
    ALTER TABLE ratings ADD COLUMN dossier_collision INTEGER NOT NULL DEFAULT 0
      CHECK (dossier_collision IN (0, 1));
  `);
  db.function('dvc_dossier_key_v7', { deterministic: true }, (code: unknown) =>
    typeof code === 'string' ? dossierKeyAtV7(code) : null,
  );
  db.exec(`UPDATE ratings SET dossier_key = dvc_dossier_key_v7(dossier_code)
    WHERE dossier_code IS NOT NULL`);
  const marked = db.prepare(MARK_COLLISIONS.replace('DOSSIER_TRUE', '1')).run().changes;
  db.exec(SWAP_INDEX);
  return collisionNotice(marked);
}

/** dossierKeyAtV7 in PostgreSQL's regular expressions (lookahead: keep one digit of zeros). */
const POSTGRES_KEY_V7 = `regexp_replace(
    btrim(regexp_replace(upper(btrim(dossier_code)), '[._/-]+', '.', 'g'), '.'),
    '(^|\\.)0+([0-9]+)(?=\\.|$)', '\\1\\2', 'g')`;

export async function upPostgresDossierKeys(
  client: pg.PoolClient,
): Promise<MigrationNotice | undefined> {
  await client.query(`
    ALTER TABLE ratings ADD COLUMN dossier_key text;
    ALTER TABLE ratings ADD COLUMN dossier_collision boolean NOT NULL DEFAULT false;
    UPDATE ratings SET dossier_key = ${POSTGRES_KEY_V7} WHERE dossier_code IS NOT NULL;
  `);
  const marked = await client.query(MARK_COLLISIONS.replace('DOSSIER_TRUE', 'true'));
  await client.query(SWAP_INDEX);
  return collisionNotice(marked.rowCount ?? 0);
}

/** For the test that holds the frozen rules to today's dossierKey. */
export const FROZEN_FOR_TESTS = { dossierKeyAtV7, POSTGRES_KEY_V7 };
