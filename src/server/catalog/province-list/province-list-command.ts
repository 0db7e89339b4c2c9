import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Storage } from '../../storage/types.ts';
import {
  formatProvinceListReport,
  importProvinceList,
  provinceListRequestSchema,
} from './import-province-list.ts';
import { PROVINCE_LIST_MAX_BYTES, ProvinceListFileError } from './read-sheet.ts';

export const PROVINCE_LIST_USAGE = `Usage: npm run catalog:province-list -- --province <code> --decision "<số quyết định>" --date <YYYY-MM-DD> [--sheet <name>] <file.xlsx|file.csv>

Imports a province's published list of online public services (Decree 42/2022/NĐ-CP) and
replaces its previous list. Headers recognised: "Mã TTHC"/"Mã thủ tục", "Tên thủ tục hành chính",
"Lĩnh vực", and "Toàn trình"/"Một phần" marked with an x, or one "Mức độ" column.
Exits 0 when every row with a level matched, 3 when some did not (see the report), 1 when the
file was refused (nothing changed), 2 on a usage error.`;

export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
}

export async function runProvinceListCommand(
  args: readonly string[],
  openStorage: () => Promise<Storage>,
  io: CommandIo,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        province: { type: 'string' },
        decision: { type: 'string' },
        date: { type: 'string' },
        sheet: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${PROVINCE_LIST_USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(PROVINCE_LIST_USAGE);
    return 0;
  }
  const request = provinceListRequestSchema.safeParse(parsed.values);
  const file = parsed.positionals[0];
  if (!request.success || file === undefined || parsed.positionals.length > 1) {
    const problems = request.success ? [] : request.error.issues.map((i) => i.message);
    if (file === undefined) problems.push('give one .xlsx or .csv file');
    if (parsed.positionals.length > 1) problems.push('give only one file');
    io.err(`${problems.join('; ')}\n\n${PROVINCE_LIST_USAGE}`);
    return 2;
  }
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new ProvinceListFileError(`${file} is not a regular file.`);
    if (stat.size > PROVINCE_LIST_MAX_BYTES) {
      throw new ProvinceListFileError(`${file} is over the 5 MB limit for a list.`);
    }
    bytes = readFileSync(file);
  } catch (error) {
    io.err(
      error instanceof ProvinceListFileError
        ? error.message
        : `Cannot read ${file}: ${(error as Error).message}`,
    );
    return 1;
  }
  const storage = await openStorage();
  try {
    const result = await importProvinceList(request.data, bytes, storage);
    io.out(formatProvinceListReport(result));
    return result.report.unmatched.length + result.report.conflicts.length > 0 ? 3 : 0;
  } catch (error) {
    if (!(error instanceof ProvinceListFileError)) throw error;
    io.err(`${file}: ${error.message}`);
    return 1;
  } finally {
    await storage.close();
  }
}
