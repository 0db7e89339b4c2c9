import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { PROCEDURE_CODE_PATTERN } from '../../domain/procedure.ts';
import { kindOf, readRegularFile } from './bounded-read.ts';
import type { ImportProblem, ImportReport } from './import-report.ts';
import {
  portalDetailEnvelopeSchema,
  portalDetailSchema,
  portalListRowSchema,
  type PortalDetail,
  type PortalListRow,
} from './portal-source.ts';

export interface SourceRecords {
  rows: Map<string, { row: PortalListRow; file: string; line: number }>;
  details: Map<string, { detail: PortalDetail; file: string }>;
}

/**
 * The most we read of one file. The real list (5,670 rows) is 3.8 MB and the largest real detail
 * 146 KB: the caps leave 16× and 50× room while keeping a hostile or runaway file (a 50 MB
 * "name", a log that grew into the folder) from taking the importer's memory.
 */
export const MAX_FILE_BYTES = { '.jsonl': 64 * 2 ** 20, '.json': 8 * 2 ** 20 } as const;
export type FileCaps = Record<keyof typeof MAX_FILE_BYTES, number>;

/**
 * Every regular file under the given paths (folders walked, sorted so runs are reproducible).
 * Symlinks are followed to a file or a folder not seen yet (by device and inode), so links that
 * loop (`a -> .`) end; FIFOs, sockets and devices are refused without being opened.
 */
export function listFiles(paths: readonly string[], report: ImportReport): string[] {
  const files: string[] = [];
  const seen = new Map<string, string>();
  const visit = (target: string) => {
    let stat;
    try {
      // stat follows a symlink to what it points at; lstat alone would tell only "a link".
      stat = statSync(target);
    } catch (error) {
      refuseFile(report, target, describe(error));
      return;
    }
    if (!stat.isDirectory() && !stat.isFile()) {
      refuseFile(report, target, `not a regular file (${kindOf(stat)}); not opened`);
      return;
    }
    const identity = `${stat.dev}:${stat.ino}`;
    const first = seen.get(identity);
    if (first !== undefined) {
      const kind = stat.isDirectory() ? 'folder' : 'file';
      report.notFollowed.push({ file: target, message: `${kind} already visited as ${first}` });
      return;
    }
    seen.set(identity, target);
    if (stat.isFile()) {
      files.push(target);
      return;
    }
    let names: string[];
    try {
      names = readdirSync(target).sort();
    } catch (error) {
      refuseFile(report, target, describe(error));
      return;
    }
    for (const name of names) visit(path.join(target, name));
  };
  for (const target of paths) visit(path.resolve(target));
  return files;
}

/** Reads list rows (*.jsonl) and detail answers (*.json) into `records`, reporting what fails. */
export function readSourceFile(
  file: string,
  records: SourceRecords,
  report: ImportReport,
  caps: FileCaps = MAX_FILE_BYTES,
): void {
  const extension = path.extname(file).toLowerCase();
  if (extension !== '.jsonl' && extension !== '.json') {
    report.filesIgnored.push(path.basename(file));
    return;
  }
  let read;
  try {
    read = readRegularFile(file, caps[extension]);
  } catch (error) {
    refuseFile(report, file, describe(error));
    return;
  }
  if (!read.ok) {
    refuseFile(report, file, `${read.reason}; not read`);
    return;
  }
  const text = read.text.replace(/^\uFEFF/, '');
  report.filesRead += 1;
  if (extension === '.jsonl') readListRows(file, text, records, report);
  else readDetail(file, text, records, report);
}

function readListRows(file: string, text: string, records: SourceRecords, report: ImportReport) {
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    report.listRowsRead += 1;
    const where = { file, line: index + 1 };
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      // The last line without its newline is how a copy that stopped early looks.
      const isCut = index === lines.length - 1 && !text.endsWith('\n');
      const message = `not valid JSON${isCut ? ' (the file looks cut short here)' : ''}`;
      invalid(report, { ...where, field: '(line)', message: `${message}: ${describe(error)}` });
      return;
    }
    const row = validate(portalListRowSchema, json, where, report);
    if (!row || !checkCode(row.code, where, report)) return;
    if (records.rows.has(row.code)) {
      report.keptAsPublished.push({
        ...where,
        code: row.code,
        field: 'code',
        message: 'listed twice; the later row wins',
      });
    }
    records.rows.set(row.code, { row, file, line: index + 1 });
  });
}

function readDetail(file: string, text: string, records: SourceRecords, report: ImportReport) {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    report.detailsRead += 1;
    invalid(report, { file, field: '(file)', message: `not valid JSON: ${describe(error)}` });
    return;
  }
  const envelope = portalDetailEnvelopeSchema.safeParse(json);
  const data = envelope.success ? envelope.data.data : undefined;
  // Other files of the portal's API (provinces.json: {data: {rows}}) are not procedures.
  if (typeof data === 'object' && data !== null && 'rows' in data) {
    report.filesRead -= 1;
    report.filesIgnored.push(path.basename(file));
    return;
  }
  report.detailsRead += 1;
  if (!envelope.success || typeof data !== 'object' || data === null) {
    const message = envelope.success
      ? `the portal answered without data (${envelope.data.code ?? '?'}: ${envelope.data.message ?? ''})`
      : 'not a detail answer {code, data, message}';
    invalid(report, { file, field: 'data', message });
    return;
  }
  const detail = validate(portalDetailSchema, data, { file }, report);
  if (!detail || !checkCode(detail.code, { file }, report)) return;
  records.details.set(detail.code, { detail, file });
}

function validate<S extends z.ZodType>(
  schema: S,
  json: unknown,
  where: { file: string; line?: number },
  report: ImportReport,
): z.infer<S> | undefined {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const code = codeOf(json);
  const issue = result.error.issues[0];
  invalid(report, {
    ...where,
    ...(code ? { code } : {}),
    field: issue?.path.join('.') || '(record)',
    message: issue?.message ?? 'invalid',
  });
  return undefined;
}

function checkCode(code: string, where: { file: string; line?: number }, report: ImportReport) {
  if (PROCEDURE_CODE_PATTERN.test(code)) return true;
  invalid(report, { ...where, code, field: 'code', message: `"${code}" is not a procedure code` });
  return false;
}

/** A whole file not read: missing, unreadable, not a regular file, or over its cap. */
function refuseFile(report: ImportReport, file: string, message: string) {
  report.filesRefused += 1;
  report.problems.push({ file, field: '(file)', message });
}

function invalid(report: ImportReport, problem: ImportProblem) {
  report.skipped.invalid += 1;
  report.problems.push(problem);
}

function codeOf(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || !('code' in json)) return undefined;
  return typeof json.code === 'string' ? json.code : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
