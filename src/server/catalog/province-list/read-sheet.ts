import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/**
 * Reads a province's list of online services from the bytes of an .xlsx or .csv file into rows
 * of cell texts. Real lists are what a province's office exports from Excel: .xlsx (exceljs, the
 * well-kept reader of the format) or CSV saved by Excel (UTF-8 with a BOM, comma or semicolon).
 * The format is judged by the bytes, not the file name: a renamed file fails clearly.
 */
export const PROVINCE_LIST_MAX_BYTES = 5 * 2 ** 20;
/** Real lists have a few hundred to about 2,000 rows; a sheet of more is not a list. */
export const PROVINCE_LIST_MAX_ROWS = 20_000;

export class ProvinceListFileError extends Error {
  override name = 'ProvinceListFileError';
}

export type Cells = string[];

export interface Sheet {
  name: string;
  rows: Cells[];
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** The old binary .xls (OLE2) starts so; exceljs does not read it. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

export async function readSheets(bytes: Buffer): Promise<Sheet[]> {
  if (bytes.length === 0) throw new ProvinceListFileError('The file is empty.');
  if (bytes.length > PROVINCE_LIST_MAX_BYTES) {
    throw new ProvinceListFileError(
      `The file is ${(bytes.length / 2 ** 20).toFixed(1)} MB, over the 5 MB limit for a list.`,
    );
  }
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) return readXlsx(bytes);
  if (bytes.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new ProvinceListFileError(
      'This is an old Excel .xls file: open it in Excel or LibreOffice and save it as .xlsx or CSV.',
    );
  }
  return [{ name: 'CSV', rows: readCsv(bytes) }];
}

async function readXlsx(bytes: Buffer): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as its own Buffer; Node's Buffer is that at run time.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new ProvinceListFileError('The file is not a readable .xlsx spreadsheet.');
  }
  const sheets: Sheet[] = [];
  for (const worksheet of workbook.worksheets) {
    if (worksheet.rowCount > PROVINCE_LIST_MAX_ROWS) {
      throw new ProvinceListFileError(
        `Sheet "${worksheet.name}" has ${worksheet.rowCount} rows, over the ${PROVINCE_LIST_MAX_ROWS} limit.`,
      );
    }
    const rows: Cells[] = [];
    worksheet.eachRow({ includeEmpty: true }, (row) => {
      const cells: Cells = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cellText(cell);
      });
      rows.push(Array.from(cells, (c) => c ?? ''));
    });
    sheets.push({ name: worksheet.name, rows });
  }
  return sheets;
}

function cellText(cell: ExcelJS.Cell): string {
  // Merged cells repeat their master's text, so a merged "x" or field name reads on every row.
  try {
    return cell.text.trim();
  } catch {
    return '';
  }
}

function readCsv(bytes: Buffer): Cells[] {
  if (bytes.includes(0)) {
    throw new ProvinceListFileError(
      'The file is neither an .xlsx spreadsheet nor a CSV text file.',
    );
  }
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD')) {
    throw new ProvinceListFileError(
      'The CSV file is not UTF-8: save it from Excel as "CSV UTF-8 (Comma delimited)".',
    );
  }
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  // Excel in a Vietnamese locale saves CSV with semicolons; elsewhere with commas.
  const delimiter = [';', '\t', ','].reduce((best, d) =>
    firstLine.split(d).length > firstLine.split(best).length ? d : best,
  );
  try {
    const rows = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
      to: PROVINCE_LIST_MAX_ROWS + 1,
    }) as string[][];
    if (rows.length > PROVINCE_LIST_MAX_ROWS) {
      throw new ProvinceListFileError(`The CSV file has over ${PROVINCE_LIST_MAX_ROWS} rows.`);
    }
    return rows;
  } catch (error) {
    if (error instanceof ProvinceListFileError) throw error;
    const where = (error as { lines?: number }).lines;
    throw new ProvinceListFileError(
      `The CSV file cannot be read${where ? ` (line ${where})` : ''}: ${(error as Error).message}`,
    );
  }
}
