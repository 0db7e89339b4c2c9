import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { openStorage } from '../../src/server/storage/open.ts';
import { runCli } from './support/cli-process.ts';
import { createTestApp, makeTempDir } from './support/storage.ts';

/**
 * Issue 10 item 8: the importer on hostile files, run as the operator runs it (the CLI as its
 * own process), so a hang shows as a timeout and the exit code is the real one.
 */

/** Long enough for tsx to start on a busy machine; a hang is a run that needs longer. */
const RUN_TIMEOUT_MS = 40_000;
const TEST_TIMEOUT_MS = 90_000;
const GOOD_CODES = ['1.900001', '1.900002', '1.900003'];

function row(code: string, name = `Thủ tục thử ${code}`) {
  return JSON.stringify({
    code,
    name,
    categories: ['Hộ tịch'],
    departments: ['Ủy ban nhân dân cấp xã'],
    formalityTargetType: ['Công dân Việt Nam'],
    type: 'STANDARD',
  });
}

const temp = makeTempDir('dvc-import-hostile-');
afterAll(() => temp.cleanup());

let cases = 0;
/** A fresh source folder holding the three good rows, and a fresh DATA_DIR beside it. */
function makeCase() {
  cases += 1;
  const source = path.join(temp.dir, `case-${cases}`, 'portal');
  const dataDir = path.join(temp.dir, `case-${cases}`, 'data');
  mkdirSync(source, { recursive: true });
  writeFileSync(
    path.join(source, 'catalog.jsonl'),
    GOOD_CODES.map((c) => row(c)).join('\n') + '\n',
  );
  return { source, dataDir };
}

async function storedCodes(dataDir: string, codes: readonly string[]) {
  const storage = await openStorage(loadConfig({ DATA_DIR: dataDir }));
  try {
    const found: string[] = [];
    for (const code of codes) if (await storage.catalog.has(code)) found.push(code);
    return found;
  } finally {
    await storage.close();
  }
}

/** The report line that names `file`, for a precise assertion on what it says. */
function lineNaming(output: string, file: string): string {
  return output.split('\n').find((line) => line.includes(file)) ?? '';
}

describe('npm run catalog:import on hostile files', () => {
  it(
    'ends on a folder whose symlinks fan out (a -> ., b -> .), reading each file once',
    async () => {
      const { source, dataDir } = makeCase();
      symlinkSync('.', path.join(source, 'a'));
      symlinkSync('.', path.join(source, 'b'));
      const run = await runCli(['import', source], { dataDir, timeoutMs: RUN_TIMEOUT_MS });
      expect(run.timedOut).toBe(false);
      expect(run.code, run.output).toBe(0);
      expect(lineNaming(run.output, path.join(source, 'a'))).toMatch(/already visited/);
      expect(lineNaming(run.output, path.join(source, 'b'))).toMatch(/already visited/);
      expect(run.output).toContain('Files read: 1');
      expect(run.output).toContain('Imported: 3 procedures');
      expect(await storedCodes(dataDir, GOOD_CODES)).toEqual(GOOD_CODES);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'never opens a FIFO: names it as not a regular file and imports the rest',
    async () => {
      const { source, dataDir } = makeCase();
      const fifo = path.join(source, 'pipe.jsonl');
      execFileSync('mkfifo', [fifo]);
      const run = await runCli(['import', source], { dataDir, timeoutMs: RUN_TIMEOUT_MS });
      expect(run.timedOut).toBe(false);
      expect(run.code, run.output).toBe(3);
      expect(lineNaming(run.output, fifo)).toMatch(/not a regular file \(FIFO\)/);
      expect(await storedCodes(dataDir, GOOD_CODES)).toEqual(GOOD_CODES);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'reads nothing through a symlink to /dev/zero',
    async () => {
      const { source, dataDir } = makeCase();
      const zero = path.join(source, 'zero.jsonl');
      symlinkSync('/dev/zero', zero);
      const run = await runCli(['import', source], { dataDir, timeoutMs: RUN_TIMEOUT_MS });
      expect(run.timedOut).toBe(false);
      expect(run.code, run.output).toBe(3);
      expect(lineNaming(run.output, zero)).toMatch(/not a regular file \(character device\)/);
      expect(await storedCodes(dataDir, GOOD_CODES)).toEqual(GOOD_CODES);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'refuses a file over the size cap without reading it',
    async () => {
      const { source, dataDir } = makeCase();
      // Sparse: 65 MB by its size, no disk used; the cap must be judged before any read.
      const big = path.join(source, 'big.jsonl');
      writeFileSync(big, '');
      truncateSync(big, 65 * 1024 * 1024);
      const run = await runCli(['import', source], { dataDir, timeoutMs: RUN_TIMEOUT_MS });
      expect(run.timedOut).toBe(false);
      expect(run.code, run.output).toBe(3);
      expect(lineNaming(run.output, big)).toMatch(/65 MB, over the 64 MB cap/);
      expect(await storedCodes(dataDir, GOOD_CODES)).toEqual(GOOD_CODES);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'refuses a 50 MB procedure name by field, with file and line, and never serves it',
    async () => {
      const { source, dataDir } = makeCase();
      const hugeName = 'Đ'.repeat(25 * 1024 * 1024); // 50 MB of UTF-8
      writeFileSync(
        path.join(source, 'more.jsonl'),
        `${row('1.900009')}\n${row('1.900010', hugeName)}\n`,
      );
      const run = await runCli(['import', source], { dataDir, timeoutMs: RUN_TIMEOUT_MS });
      expect(run.timedOut).toBe(false);
      expect(run.code, run.output).toBe(3);
      expect(run.output).toMatch(
        /1 × .*more\.jsonl · name\.vi — e\.g\. more\.jsonl line 2 1\.900010/,
      );
      expect(run.output).toContain('1 invalid');
      expect(await storedCodes(dataDir, [...GOOD_CODES, '1.900009', '1.900010'])).toEqual([
        ...GOOD_CODES,
        '1.900009',
      ]);
      const storage = await openStorage(loadConfig({ DATA_DIR: dataDir }));
      const app = await createTestApp(storage);
      try {
        expect((await app.inject('/api/catalog/1.900010')).statusCode).toBe(404);
        const catalog = await app.inject('/api/catalog');
        expect(catalog.body.length).toBeLessThan(1024 * 1024);
      } finally {
        await app.close();
        await storage.close();
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'refuses a detail file with a 50 MB name at the file cap',
    async () => {
      const { source, dataDir } = makeCase();
      const detail = path.join(source, '1.900011.json');
      writeFileSync(
        detail,
        JSON.stringify({
          code: '0',
          message: 'ok',
          data: { code: '1.900011', name: 'x'.repeat(50 * 1024 * 1024), executionMethods: [] },
        }),
      );
      const run = await runCli(['import', source], { dataDir, timeoutMs: RUN_TIMEOUT_MS });
      expect(run.timedOut).toBe(false);
      expect(run.code, run.output).toBe(3);
      expect(lineNaming(run.output, detail)).toMatch(/50\.0 MB, over the 8 MB cap/);
      expect(await storedCodes(dataDir, [...GOOD_CODES, '1.900011'])).toEqual(GOOD_CODES);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'exits non-zero on a truncated JSONL, naming the cut line, with the good rows imported',
    async () => {
      const { source, dataDir } = makeCase();
      const cut = row('1.900004').slice(0, 40);
      writeFileSync(
        path.join(source, 'catalog.jsonl'),
        GOOD_CODES.map((c) => row(c)).join('\n') + `\n${cut}`,
      );
      const run = await runCli(['import', source], { dataDir, timeoutMs: RUN_TIMEOUT_MS });
      expect(run.timedOut).toBe(false);
      expect(run.code, run.output).toBe(3);
      expect(run.output).toContain('1 invalid');
      expect(run.output).toMatch(/catalog\.jsonl line 4: .*cut short/);
      expect(await storedCodes(dataDir, GOOD_CODES)).toEqual(GOOD_CODES);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'still exits 0 on clean files, and 1 when nothing could be imported',
    async () => {
      const { source, dataDir } = makeCase();
      const clean = await runCli(['import', source], { dataDir, timeoutMs: RUN_TIMEOUT_MS });
      expect(clean.code, clean.output).toBe(0);
      const empty = path.join(temp.dir, 'empty');
      mkdirSync(empty);
      const nothing = await runCli(['import', empty], { dataDir, timeoutMs: RUN_TIMEOUT_MS });
      expect(nothing.code, nothing.output).toBe(1);
    },
    TEST_TIMEOUT_MS,
  );
});
