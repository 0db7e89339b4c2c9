import { z } from 'zod';
import { provinceListSchema, type ProvinceList } from '../../../domain/province-list.ts';
import { PROVINCE_CODES, findProvince } from '../../../domain/provinces.ts';
import type { Storage } from '../../storage/types.ts';
import { listRows } from './list-rows.ts';
import { matchListRows, type MatchReport } from './match-rows.ts';
import { ProvinceListFileError, readSheets } from './read-sheet.ts';

export const provinceListRequestSchema = z.object({
  province: z.enum(PROVINCE_CODES, {
    error: 'province must be one of the 34 province codes (01 Hà Nội, 79 TP. Hồ Chí Minh, …)',
  }),
  decision: z
    .string({ error: 'decision (số quyết định) is required, e.g. "1234/QĐ-UBND"' })
    .trim()
    .min(1, 'decision (số quyết định) is required, e.g. "1234/QĐ-UBND"')
    .max(200),
  date: z.iso.date({ error: 'date must be the decision’s date as YYYY-MM-DD' }),
  sheet: z.string().min(1).max(200).optional(),
});
export type ProvinceListRequest = z.infer<typeof provinceListRequestSchema>;

export interface ProvinceListImport {
  list: ProvinceList;
  report: MatchReport;
  catalogVersion: number;
}

/**
 * Imports a province's list (CLI and admin API): reads the file, matches its rows, and replaces
 * the province's previous list in one transaction that also bumps the catalogue version. A file
 * that cannot be read, or that matches nothing, throws ProvinceListFileError and changes nothing.
 */
export async function importProvinceList(
  request: ProvinceListRequest,
  bytes: Buffer,
  storage: Storage,
  now: Date = new Date(),
): Promise<ProvinceListImport> {
  const sheets = await readSheets(bytes);
  const rows = listRows(sheets, request.sheet);
  const sheet = rows[0]?.sheet ?? request.sheet ?? sheets[0]?.name ?? '';
  if (rows.length === 0) throw new ProvinceListFileError('The list has a header but no rows.');
  const catalog = await storage.catalog.load();
  if (!catalog) {
    throw new ProvinceListFileError('There is no catalogue yet: import the national files first.');
  }
  const { entries, report } = matchListRows(rows, request.province, catalog.procedures);
  if (entries.length === 0) {
    throw new ProvinceListFileError(
      `None of the ${rows.length} rows matched a procedure of ${findProvince(request.province)?.vi}: ` +
        `${report.unmatched.length} unmatched, ${report.conflicts.length} conflicting, ` +
        `${report.withoutLevel} without a level. Nothing was changed.`,
    );
  }
  const list = provinceListSchema.parse({
    province: request.province,
    decision: request.decision,
    decisionDate: request.date,
    importedAt: now.toISOString(),
    entries,
  });
  const meta = await storage.provinceLists.replace(list);
  if (!meta) throw new ProvinceListFileError('There is no catalogue yet: import it first.');
  return { list, report: { sheet, ...report }, catalogVersion: meta.version };
}

/** The report as the CLI prints it: counts, then every row the operator should look at. */
export function formatProvinceListReport(result: ProvinceListImport): string {
  const { list, report } = result;
  const province = findProvince(list.province)?.vi ?? list.province;
  const full = list.entries.filter((e) => e.level === 'full').length;
  const lines = [
    `${province}: decision ${list.decision} of ${list.decisionDate}, sheet "${report.sheet}", ${report.rows} rows`,
    `  matched     ${report.matched.length} (${report.matched.filter((m) => m.by === 'code').length} by code, ${report.matched.filter((m) => m.by === 'name').length} by name): ${full} full-process, ${list.entries.length - full} partial`,
    `  unmatched   ${report.unmatched.length}`,
    `  conflicting ${report.conflicts.length}`,
    `  no level    ${report.withoutLevel}`,
    `  catalogue version is now ${result.catalogVersion}`,
  ];
  for (const row of report.unmatched) {
    lines.push(`  row ${row.line} unmatched: ${row.code ?? '(no code)'} "${row.name}"`);
    for (const near of row.closest) lines.push(`      closest: ${near.code} ${near.name}`);
  }
  for (const row of report.conflicts) {
    lines.push(
      `  row ${row.line} conflict: ${row.code ?? '(no code)'} "${row.name}": ${row.reason}`,
    );
  }
  return lines.join('\n');
}
