import {
  copyFileSync,
  existsSync,
  openSync,
  readdirSync,
  statSync,
  writeSync,
  closeSync,
} from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rating } from '../../src/domain/rating.ts';
import { runCli, type CliRun } from './support/cli-process.ts';
import { makeRating } from './support/rating-fixtures.ts';
import { spawnServer, type ServerProcess } from './support/server-process.ts';
import { makeTempDir } from './support/storage.ts';

/**
 * Issue 21, item 1: `npm run backup` copies the database of a server that keeps taking ratings,
 * and `npm run restore` brings it back into an empty DATA_DIR — with every rating that was
 * accepted before the backup started. Real server, real CLI processes, real SQLite files.
 */
const CLI_TIMEOUT_MS = 60_000;
const BATCH = 25;

async function postBatch(url: string, ratings: readonly Rating[]): Promise<string[]> {
  const response = await fetch(`${url}/api/ratings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ratings }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { results: { status: string }[] };
  return body.results.map((r) => r.status);
}

function ratingsIn(output: string): number {
  const match = /([\d,]+) ratings/.exec(output);
  return Number(match?.[1]?.replaceAll(',', '') ?? NaN);
}

describe('backup while ratings are written, then restore', () => {
  const temp = makeTempDir('dvc-backup-');
  const live = path.join(temp.dir, 'live');
  const restored = path.join(temp.dir, 'restored');
  const backupFile = path.join(temp.dir, 'dvc-backup.sqlite');
  let server: ServerProcess | undefined;
  let restoredServer: ServerProcess | undefined;
  const acceptedBeforeBackup: Rating[][] = [];
  let acceptedInAll = 0;
  let batchesDuringBackup = 0;
  let backup: CliRun;

  beforeAll(async () => {
    server = await spawnServer(live, { RATE_LIMIT_PER_MINUTE: '100000' });
    const url = server.url;
    // An object, not a let: the writer reads what the test body sets later.
    const state: { phase: 'before' | 'during' | 'after' } = { phase: 'before' };
    let isWriting = true;
    const writer = (async () => {
      while (isWriting) {
        const ratings = Array.from({ length: BATCH }, () => makeRating());
        const statuses = await postBatch(url, ratings);
        expect(statuses).toEqual(ratings.map(() => 'accepted'));
        acceptedInAll += ratings.length;
        // Answered "accepted" before the backup command was even started.
        if (state.phase === 'before') acceptedBeforeBackup.push(ratings);
        if (state.phase === 'during') batchesDuringBackup += 1;
      }
    })();
    while (acceptedBeforeBackup.length < 8) await new Promise((wait) => setTimeout(wait, 20));
    state.phase = 'during';
    backup = await runCli(['backup', backupFile], { dataDir: live, timeoutMs: CLI_TIMEOUT_MS });
    state.phase = 'after';
    // A few more after it, then stop writing.
    const after = acceptedInAll;
    while (acceptedInAll < after + 2 * BATCH) await new Promise((wait) => setTimeout(wait, 20));
    isWriting = false;
    await writer;
  }, 180_000);

  afterAll(async () => {
    await server?.signal('SIGKILL');
    await restoredServer?.signal('SIGKILL');
    temp.cleanup();
  });

  it('makes the backup while the server keeps accepting ratings', () => {
    expect(backup.timedOut).toBe(false);
    expect(backup.output).toContain('integrity check: ok');
    expect(backup.code, backup.output).toBe(0);
    expect(batchesDuringBackup).toBeGreaterThan(0);
    // One self-contained file: no WAL to forget beside it, no half file left behind.
    expect(readdirSync(temp.dir).filter((f) => f.startsWith('dvc-backup'))).toEqual([
      'dvc-backup.sqlite',
    ]);
  });

  it('restores into an empty DATA_DIR every rating accepted before the backup started', async () => {
    const restore = await runCli(['restore', backupFile], {
      dataDir: restored,
      timeoutMs: CLI_TIMEOUT_MS,
    });
    expect(restore.code, restore.output).toBe(0);
    const before = acceptedBeforeBackup.length * BATCH;
    expect(ratingsIn(restore.output)).toBeGreaterThanOrEqual(before);
    expect(ratingsIn(restore.output)).toBeLessThanOrEqual(acceptedInAll);

    restoredServer = await spawnServer(restored, { RATE_LIMIT_PER_MINUTE: '100000' });
    // A device that resends them hears "duplicate" for each: the server has every one.
    for (const ratings of acceptedBeforeBackup) {
      expect(await postBatch(restoredServer.url, ratings)).toEqual(ratings.map(() => 'duplicate'));
    }
  });

  it('never restores over a database', async () => {
    const target = path.join(restored, 'dvc.sqlite');
    const size = statSync(target).size;
    const again = await runCli(['restore', backupFile], {
      dataDir: restored,
      timeoutMs: CLI_TIMEOUT_MS,
    });
    expect(again.code).toBe(1);
    expect(again.output).toContain('already has a database');
    expect(statSync(target).size).toBe(size);
  });

  it('refuses a damaged backup and leaves DATA_DIR empty', async () => {
    const damaged = path.join(temp.dir, 'damaged.sqlite');
    copyFileSync(backupFile, damaged);
    // Scribble over the first bytes of every page after the first: the b-tree page headers.
    const probe = new Database(backupFile, { readonly: true });
    const pageSize = probe.pragma('page_size', { simple: true }) as number;
    probe.close();
    const fd = openSync(damaged, 'r+');
    for (let offset = pageSize; offset < statSync(damaged).size; offset += pageSize * 2) {
      writeSync(fd, Buffer.alloc(16, 0xa5), 0, 16, offset);
    }
    closeSync(fd);
    const target = path.join(temp.dir, 'into-damaged');
    const run = await runCli(['restore', damaged], { dataDir: target, timeoutMs: CLI_TIMEOUT_MS });
    expect(run.code).toBe(1);
    expect(run.output).toContain('Restore refused');
    expect(run.output).toContain('damaged');
    expect(existsSync(path.join(target, 'dvc.sqlite'))).toBe(false);
    expect(readdirSync(target)).toEqual([]);
  });

  it('refuses a file that is not a database', async () => {
    const notDb = path.join(temp.dir, 'notes.sqlite');
    copyFileSync(path.resolve('package.json'), notDb);
    const run = await runCli(['restore', notDb], {
      dataDir: path.join(temp.dir, 'into-not-db'),
      timeoutMs: CLI_TIMEOUT_MS,
    });
    expect(run.code).toBe(1);
    expect(run.output).toContain('is damaged or is not a SQLite database');
  });

  it('refuses a backup made by a newer release, naming its schema version', async () => {
    const newer = path.join(temp.dir, 'newer.sqlite');
    copyFileSync(backupFile, newer);
    const db = new Database(newer);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
      999,
      'from a later release',
      new Date().toISOString(),
    );
    db.close();
    const target = path.join(temp.dir, 'into-newer');
    const run = await runCli(['restore', newer], { dataDir: target, timeoutMs: CLI_TIMEOUT_MS });
    expect(run.code).toBe(1);
    expect(run.output).toContain('999 (from a later release)');
    expect(run.output).toContain('newer release');
    expect(existsSync(path.join(target, 'dvc.sqlite'))).toBe(false);
  });
});
