import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCEDURE_LIMITS } from '../../../src/domain/procedure.ts';
import { importPortalFiles } from '../../../src/server/catalog/import-portal.ts';
import {
  formatImportReport,
  importExitCode,
  type ImportReport,
} from '../../../src/server/catalog/import-report.ts';
import { openSqliteStorage } from '../../../src/server/storage/sqlite/storage.ts';
import type { Storage } from '../../../src/server/storage/types.ts';

/** Issue 10 item 8: caps per file and per field, judged by what the importer reports. */

function row(code: string, extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    code,
    name: `Thủ tục ${code}`,
    categories: ['Hộ tịch'],
    departments: ['Ủy ban nhân dân cấp xã'],
    type: 'STANDARD',
    ...extra,
  });
}

function detail(code: string, data: Record<string, unknown>) {
  return JSON.stringify({
    code: 'OK',
    message: 'OK',
    data: { code, name: `Thủ tục ${code}`, type: 'STANDARD', isFullProcess: false, ...data },
  });
}

describe('per-field limits of an imported procedure', () => {
  let folder: string;
  let storage: Storage;
  let report: ImportReport;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'dvc-import-limits-'));
    const { labelChars, textChars, listItems } = PROCEDURE_LIMITS;
    const lines = [
      row('1.800001', { name: 'Đ'.repeat(labelChars) }), // exactly at the limit: kept
      row('1.800002', { name: 'Đ'.repeat(labelChars + 1) }),
      row('1.800003', {
        departments: Array.from({ length: listItems + 1 }, (_, i) => `Cơ quan ${i}`),
      }),
      row('1.800004'),
      row('1.800005', { categories: ['x'.repeat(labelChars + 1)] }),
    ];
    writeFileSync(path.join(folder, 'catalog.jsonl'), `${lines.join('\n')}\n`);
    writeFileSync(
      path.join(folder, '1.800006.json'),
      detail('1.800006', {
        profileComponents: [
          { name: 'Tờ khai', originalQty: 1, copyQty: 0 },
          { name: 'x'.repeat(textChars + 1), originalQty: 1, copyQty: 0 },
        ],
      }),
    );
    writeFileSync(
      path.join(folder, '1.800007.json'),
      detail('1.800007', {
        executionSteps: [{ name: 'Bước 1', description: 's'.repeat(textChars - 10) }],
      }),
    );
    storage = openSqliteStorage(path.join(folder, 'dvc.sqlite'));
    report = await importPortalFiles([folder], storage.catalog);
  });

  afterAll(async () => {
    await storage.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('refuses a name over the limit, naming the field, the file and the line', async () => {
    expect(report.problems).toContainEqual({
      file: expect.stringContaining('catalog.jsonl') as string,
      line: 2,
      code: '1.800002',
      field: 'name.vi',
      message: `too long: 4,001 characters (at most 4,000)`,
    });
    expect(await storage.catalog.has('1.800002')).toBe(false);
    expect((await storage.catalog.get('1.800001'))?.name.vi).toHaveLength(4_000);
  });

  it('refuses a list with too many items and a label too long inside a list', () => {
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        line: 3,
        code: '1.800003',
        field: 'agencies',
        message: 'too many: 1,001 items (at most 1,000)',
      }),
    );
    expect(report.problems).toContainEqual(
      expect.objectContaining({ line: 5, code: '1.800005', field: 'fields.0' }),
    );
  });

  it('refuses a document name over the text limit in a detail, keeping long real steps', async () => {
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        file: expect.stringContaining('1.800006.json') as string,
        code: '1.800006',
        field: 'documents.1.name',
        message: 'too long: 64,001 characters (at most 64,000)',
      }),
    );
    expect(await storage.catalog.has('1.800006')).toBe(false);
    expect(await storage.catalog.has('1.800007')).toBe(true);
    expect(await storage.catalog.has('1.800004')).toBe(true);
  });

  it('counts each refused record, lists the lines, and ends on the exit code it means', () => {
    expect(report.skipped.invalid).toBe(4);
    expect(report.imported.total).toBe(3);
    expect(importExitCode(report)).toBe(3);
    const text = formatImportReport(report);
    expect(text).toContain('· name.vi — e.g. catalog.jsonl line 2 1.800002: too long');
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      'Result: imported, but with 4 invalid records, listed under Problems (exit code 3)',
    );
  });
});

describe('per-file caps', () => {
  let folder: string;
  let storage: Storage;

  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'dvc-import-caps-'));
    storage = openSqliteStorage(path.join(folder, 'dvc.sqlite'));
  });
  afterAll(async () => {
    await storage.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('stops reading at the cap a file whose size says 0 (/proc) and refuses it whole', async () => {
    const source = path.join(folder, 'proc');
    symlinkSync('/proc/self/status', `${source}.jsonl`);
    const report = await importPortalFiles([`${source}.jsonl`], storage.catalog, {
      maxFileBytes: { '.jsonl': 100 },
    });
    expect(report.problems).toEqual([
      {
        file: expect.stringContaining('proc.jsonl') as string,
        field: '(file)',
        message: expect.stringMatching(
          /^read past the 100 bytes cap, though its size said 0 bytes .*; not read$/,
        ) as string,
      },
    ]);
    expect(report.listRowsRead).toBe(0);
    expect(report.filesRefused).toBe(1);
    expect(importExitCode(report)).toBe(1);
  });

  it('reads a file of exactly the cap, and refuses one byte more before reading it', async () => {
    const text = `${row('1.800101')}\n`;
    const exact = path.join(folder, 'exact.jsonl');
    writeFileSync(exact, text);
    const over = path.join(folder, 'over.jsonl');
    writeFileSync(over, `${text} `);
    const maxFileBytes = { '.jsonl': Buffer.byteLength(text) };
    const report = await importPortalFiles([exact, over], storage.catalog, { maxFileBytes });
    expect(report.imported.total).toBe(1);
    expect(report.problems).toEqual([
      {
        file: expect.stringContaining('over.jsonl') as string,
        field: '(file)',
        message: `${Buffer.byteLength(text) + 1} bytes, over the ${Buffer.byteLength(text)} bytes cap; not read`,
      },
    ]);
    expect(formatImportReport(report)).toMatch(/Files read: 1; not read: 1\n/);
  });
});

describe('walking a folder', () => {
  it('reads a file reached by two paths once, and names a socket and a dangling link', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'dvc-import-walk-'));
    const storage = openSqliteStorage(path.join(folder, 'dvc.sqlite'));
    const source = path.join(folder, 'portal');
    const server = createServer();
    try {
      mkdirSync(source);
      writeFileSync(path.join(source, 'catalog.jsonl'), `${row('1.800201')}\n`);
      symlinkSync('catalog.jsonl', path.join(source, 'same.jsonl'));
      symlinkSync('nowhere.json', path.join(source, 'dangling.json'));
      await new Promise<void>((listening) => server.listen(path.join(source, 'sock'), listening));

      const report = await importPortalFiles([source], storage.catalog);
      expect(report.filesRead).toBe(1);
      expect(report.listRowsRead).toBe(1);
      expect(report.keptAsPublished.filter((p) => p.message.includes('listed twice'))).toEqual([]);
      expect(report.notFollowed).toEqual([
        {
          file: path.join(source, 'same.jsonl'),
          message: `file already visited as ${path.join(source, 'catalog.jsonl')}`,
        },
      ]);
      expect(report.problems).toEqual([
        {
          file: path.join(source, 'dangling.json'),
          field: '(file)',
          message: expect.stringContaining('ENOENT') as string,
        },
        {
          file: path.join(source, 'sock'),
          field: '(file)',
          message: 'not a regular file (socket); not opened',
        },
      ]);
      expect(report.filesRefused).toBe(2);
      expect(await storage.catalog.has('1.800201')).toBe(true);
    } finally {
      await new Promise((closed) => server.close(closed));
      await storage.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
