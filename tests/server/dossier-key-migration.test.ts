import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import pg from 'pg';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { dossierKey } from '../../src/domain/dossier-code.ts';
import type { Rating } from '../../src/domain/rating.ts';
import { createApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { FROZEN_FOR_TESTS } from '../../src/server/ratings/dossier-key-migration.ts';
import { POSTGRES_MIGRATIONS } from '../../src/server/storage/postgres/migrations.ts';
import { openPostgresStorage } from '../../src/server/storage/postgres/storage.ts';
import { SQLITE_MIGRATIONS } from '../../src/server/storage/sqlite/migrations.ts';
import { openSqliteStorage, sqliteFileIn } from '../../src/server/storage/sqlite/storage.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { createTestDatabase } from './support/databases.ts';
import { makeProcedure } from './support/procedures.ts';
import { incoming, makeRating } from './support/rating-fixtures.ts';
import { makeTempDir, migrationsAsOf } from './support/storage.ts';

/**
 * Migration 7 (issue 10, item 3): a database at schema 6 holding variants of one dossier code
 * (stored before, when only the exact code was unique) upgrades, keeps every rating, marks the
 * later variants, reports how many, and from then on a new variant is refused.
 */
const PROCEDURE = '1.001193';
const PRINTED = '000.00.15.H29-240101-0001';
const VARIANTS = ['000.00.15.h29-240101-0001', '0.0.15.H29/240101/1', '000-00-15-H29-240101-0001.'];
/** Codes the rules must key like dossierKey does today (the frozen copies are held to it). */
const CORPUS = [
  PRINTED,
  ...VARIANTS,
  'H29.22-240115-0001',
  'h29_22_240115_0010',
  'H029.22-240115-0001',
  '0000.A1-000',
  '...HS-2024-0...',
  'H2922--240115//0001',
];

const database = await createTestDatabase();
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** The printed code first, then its variants an hour apart each; and two other dossiers. */
function storedBefore(): { rating: Rating; receivedAt: string }[] {
  const at = (hours: number) => new Date(Date.UTC(2026, 0, 5, 2 + hours)).toISOString();
  return [
    { rating: makeRating({ dossierCode: PRINTED }), receivedAt: at(0) },
    ...VARIANTS.map((dossierCode, i) => ({
      rating: makeRating({ dossierCode }),
      receivedAt: at(i + 1),
    })),
    { rating: makeRating({ dossierCode: 'H29.22-240115-0001' }), receivedAt: at(1) },
    { rating: makeRating({ dossierCode: 'H29.22-240115-0002' }), receivedAt: at(1) },
    { rating: makeRating(), receivedAt: at(2) },
  ];
}

async function upgradeAndCheck(
  before: Storage,
  openAfter: () => Promise<Storage>,
  readRows: () => Promise<{ id: string; dossier_key: string | null; collision: boolean }[]>,
) {
  await before.catalog.upsert([makeProcedure(PROCEDURE)]);
  const stored = storedBefore();
  const results = await before.ratings.insertBatch(
    stored.map(({ rating, receivedAt }) => incoming(rating, receivedAt)),
  );
  // At schema 6 every variant was a new dossier: the hole of the issue.
  expect(results.map((r) => r.status)).toEqual(stored.map(() => 'accepted'));
  await before.close();

  const after = await openAfter();
  cleanups.push(() => after.close());
  expect(after.migrationNotices).toEqual([
    expect.objectContaining({ version: 7, count: VARIANTS.length }),
  ]);
  expect(await after.ratings.count()).toBe(stored.length);

  const rows = new Map((await readRows()).map((row) => [row.id, row]));
  const [printed, ...rest] = stored;
  expect(rows.get(printed?.rating.id ?? '')).toEqual(
    expect.objectContaining({ dossier_key: dossierKey(PRINTED), collision: false }),
  );
  for (const { rating } of rest.slice(0, VARIANTS.length)) {
    expect(rows.get(rating.id)).toEqual(
      expect.objectContaining({ dossier_key: null, collision: true }),
    );
  }
  expect(rows.get(rest[VARIANTS.length]?.rating.id ?? '')?.dossier_key).toBe('H29.22.240115.1');

  // The server says so at warn when it starts, with the count only.
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const app = await createApp({
    config: loadConfig({}),
    storage: after,
    logger: pino({ level: 'info' }, sink),
    staticRoot: '/nonexistent-dvc-dist',
  });
  await app.ready();
  await app.close();
  const warn = lines
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .find((l) => l.level === 40);
  expect(warn).toMatchObject({ migration: 7, count: VARIANTS.length });
  expect(JSON.stringify(warn)).not.toContain('H29');

  // From now on a new spelling of a rated dossier is refused, and the exact code too.
  const again = ['000.00.15.H29.240101.00001', PRINTED, 'h29-22-240115-1'].map((dossierCode) =>
    makeRating({ dossierCode }),
  );
  const later = await after.ratings.insertBatch(again.map((r) => incoming(r)));
  expect(later.map((r) => r.reason)).toEqual(again.map(() => 'dossier_already_rated'));
}

describe('migration 7 (dossier keys) over a database that has variants of one dossier', () => {
  it('SQLite: keeps every rating, marks the later variants, reports them, refuses new ones', async () => {
    const temp = makeTempDir('dvc-dossier-key-migration-');
    cleanups.push(async () => temp.cleanup());
    const file = sqliteFileIn(temp.dir);
    await upgradeAndCheck(
      openSqliteStorage(file, migrationsAsOf(SQLITE_MIGRATIONS, 6)),
      async () => openSqliteStorage(file),
      async () => {
        const db = new Database(file, { readonly: true });
        try {
          return db
            .prepare('SELECT id, dossier_key, dossier_collision FROM ratings')
            .all()
            .map((row) => {
              const r = row as {
                id: string;
                dossier_key: string | null;
                dossier_collision: number;
              };
              return { id: r.id, dossier_key: r.dossier_key, collision: r.dossier_collision === 1 };
            });
        } finally {
          db.close();
        }
      },
    );
  });

  it.runIf(database !== undefined)(
    'PostgreSQL: keeps every rating, marks the later variants, reports them, refuses new ones',
    async () => {
      const url = database?.url ?? '';
      cleanups.push(async () => database?.drop());
      await upgradeAndCheck(
        await openPostgresStorage(url, migrationsAsOf(POSTGRES_MIGRATIONS, 6)),
        () => openPostgresStorage(url),
        async () => {
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          try {
            const { rows } = await client.query<{
              id: string;
              dossier_key: string | null;
              collision: boolean;
            }>('SELECT id::text AS id, dossier_key, dossier_collision AS collision FROM ratings');
            return rows;
          } finally {
            await client.end();
          }
        },
      );
    },
  );

  it('froze rules that key codes as dossierKey does today', () => {
    for (const code of CORPUS)
      expect(FROZEN_FOR_TESTS.dossierKeyAtV7(code), code).toBe(dossierKey(code));
  });

  it.runIf(database !== undefined)(
    'froze PostgreSQL SQL that keys codes as dossierKey does',
    async () => {
      const client = new pg.Client({ connectionString: database?.url ?? '' });
      await client.connect();
      try {
        const { rows } = await client.query<{ code: string; key: string }>(
          `SELECT dossier_code AS code, ${FROZEN_FOR_TESTS.POSTGRES_KEY_V7} AS key
         FROM unnest($1::text[]) AS dossier_code`,
          [CORPUS],
        );
        for (const row of rows) expect(row.key, row.code).toBe(dossierKey(row.code));
      } finally {
        await client.end();
      }
    },
  );
});
