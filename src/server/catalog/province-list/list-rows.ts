import { foldVietnamese } from '../../../domain/fold.ts';
import type { ProvinceListLevel } from '../../../domain/province-list.ts';
import { ProvinceListFileError, type Cells, type Sheet } from './read-sheet.ts';

/**
 * The rows of a province's list, whatever shape its table has. Provinces publish the list
 * attached to their decision as a table with Vietnamese headers: "STT", "Mã TTHC" or "Mã thủ
 * tục", "Tên thủ tục hành chính", "Lĩnh vực", and either two columns "Toàn trình" and "Một phần"
 * marked with an "x" (often under a merged "Mức độ DVCTT" heading, so over two header rows) or
 * one "Mức độ" column saying "Toàn trình"/"Một phần" (or the old "Mức độ 4"/"3"). Fields are
 * often heading rows ("I. Lĩnh vực Đất đai") rather than a column.
 */
export interface ListRow {
  sheet: string;
  /** 1-based row number in the sheet, as the operator sees it in Excel. */
  line: number;
  code?: string;
  name: string;
  field?: string;
  level?: ProvinceListLevel;
  /** Set when the row cannot be read as one level (both marked, an unknown word). */
  problem?: string;
}

interface Columns {
  code?: number;
  name: number;
  field?: number;
  full?: number;
  partial?: number;
  level?: number;
  order?: number;
}

const HEADER_SCAN_ROWS = 30;

/** The list's rows from the first sheet (or the named one) that has a recognisable header. */
export function listRows(sheets: readonly Sheet[], sheetName?: string): ListRow[] {
  const candidates = sheetName === undefined ? sheets : sheets.filter((s) => s.name === sheetName);
  if (candidates.length === 0) {
    const names = sheets.map((s) => `"${s.name}"`).join(', ');
    throw new ProvinceListFileError(`The file has no sheet "${sheetName}" (it has ${names}).`);
  }
  for (const sheet of candidates) {
    const header = findHeader(sheet.rows);
    if (header) return readRows(sheet, header.columns, header.firstDataRow);
  }
  throw new ProvinceListFileError(
    'No list header found: the first rows of ' +
      (candidates.length === 1 ? `sheet "${candidates[0]?.name}"` : 'any sheet') +
      ' should name the columns "Tên thủ tục hành chính" (or "Tên thủ tục"), "Mã TTHC" (or "Mã ' +
      'thủ tục") and either "Toàn trình" and "Một phần" or "Mức độ".',
  );
}

const fold = (text: string | undefined) => foldVietnamese(text ?? '').replace(/[^a-z0-9 ]/g, ' ');

function findHeader(
  rows: readonly Cells[],
): { columns: Columns; firstDataRow: number } | undefined {
  for (let i = 0; i < Math.min(rows.length, HEADER_SCAN_ROWS); i += 1) {
    const cells = (rows[i] ?? []).map(fold);
    const name = cells.findIndex((c) =>
      /^(ten )?(thu tuc|tthc)( hanh chinh)?$|^ten /.test(c.trim()),
    );
    if (name < 0) continue;
    const columns: Columns = { name };
    const find = (pattern: RegExp, row: readonly string[]) => {
      const at = row.findIndex((c) => pattern.test(c.trim()));
      return at < 0 ? undefined : at;
    };
    columns.code = find(
      /^ma( so)?( tthc| thu tuc| thu tuc hanh chinh)?$|^ma tthc|^ma thu tuc/,
      cells,
    );
    columns.field = find(/^linh vuc/, cells);
    columns.order = find(/^(stt|tt|so tt|so thu tu)$/, cells);
    // The level columns may sit in this row or, under a merged heading, in the next one.
    const next = (rows[i + 1] ?? []).map(fold);
    let dataStart = i + 1;
    columns.full = find(/toan trinh/, cells);
    columns.partial = find(/mot phan/, cells);
    // A second header row has no name or code of its own (a data row saying "Một phần" does).
    const isSubHeader =
      (next[name] ?? '').trim() === '' && (next[columns.code ?? -1] ?? '').trim() === '';
    if (columns.full === undefined && columns.partial === undefined && isSubHeader) {
      columns.full = find(/toan trinh/, next);
      columns.partial = find(/mot phan/, next);
      if (columns.full !== undefined || columns.partial !== undefined) dataStart = i + 2;
    }
    if (columns.full === undefined && columns.partial === undefined) {
      columns.level = find(/^muc do/, cells);
    }
    if (
      columns.full === undefined &&
      columns.partial === undefined &&
      columns.level === undefined
    ) {
      continue;
    }
    if (columns.code === undefined && columns.name === undefined) continue;
    return { columns, firstDataRow: dataStart };
  }
  return undefined;
}

const MARKS = new Set(['x', 'v', '1', 'co', '✓', '✔', '☑', 'x x']);
const ROMAN = /^(?=[ivxlc]+\.?$)m*(c[md]|d?c{0,3})(x[cl]|l?x{0,3})(i[xv]|v?i{0,3})\.?$/;
const CODE = /^(\d{1,2}\.\d{6,9})(?:\D|$)/;

function readRows(sheet: Sheet, columns: Columns, firstDataRow: number): ListRow[] {
  const rows: ListRow[] = [];
  let section: string | undefined;
  for (let i = firstDataRow; i < sheet.rows.length; i += 1) {
    const cells = sheet.rows[i] ?? [];
    const at = (index: number | undefined) =>
      index === undefined ? '' : (cells[index] ?? '').trim();
    const name = at(columns.name);
    const rawCode = at(columns.code).replace(/\s+/g, '');
    const code = CODE.exec(rawCode)?.[1];
    if (!name && !code) continue;
    const level = readLevel(at(columns.full), at(columns.partial), at(columns.level), columns);
    const order = fold(at(columns.order)).trim();
    // A heading row: "I", "II." in STT, or "Lĩnh vực …" as the name, and no level or code.
    if (!code && level.level === undefined && !level.problem) {
      if (
        ROMAN.test(order) ||
        /^([ivxlc]+|[a-z]|\d+)[.)]?\s*linh vuc|^linh vuc/.test(fold(name).trim())
      ) {
        section = name
          .replace(/^[IVXLCivxlc\dA-Za-z]+[.)]\s*/, '')
          .replace(/^lĩnh vực\s*:?\s*/i, '');
        continue;
      }
    }
    const field = at(columns.field) || section;
    rows.push({
      sheet: sheet.name,
      line: i + 1,
      ...(code ? { code } : {}),
      name,
      ...(field ? { field } : {}),
      ...level,
    });
  }
  return rows;
}

function readLevel(
  full: string,
  partial: string,
  level: string,
  columns: Columns,
): { level?: ProvinceListLevel; problem?: string } {
  if (columns.level !== undefined) {
    const f = fold(level).trim();
    if (f === '') return {};
    if (/toan trinh|^(muc do )?4$/.test(f)) return { level: 'full' };
    if (/mot phan|^(muc do )?3$/.test(f)) return { level: 'partial' };
    return { problem: `level "${level}" is neither "Toàn trình" nor "Một phần"` };
  }
  const isFull = isMark(full);
  const isPartial = isMark(partial);
  if (isFull && isPartial) return { problem: 'marked both "Toàn trình" and "Một phần"' };
  if (isFull) return { level: 'full' };
  if (isPartial) return { level: 'partial' };
  const odd = [full, partial].find((v) => v !== '');
  return odd ? { problem: `mark "${odd}" is not an "x"` } : {};
}

function isMark(value: string): boolean {
  const raw = value.trim().toLowerCase();
  return raw !== '' && (MARKS.has(raw) || MARKS.has(fold(raw).trim()));
}
