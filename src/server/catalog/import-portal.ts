import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { lifeEventStepChanges } from '../../domain/life-events/level-review.ts';
import { isProcedurePageUrl, procedureSchema, type Procedure } from '../../domain/procedure.ts';
import type { CatalogStore } from '../storage/types.ts';
import { emptyReport, type ImportReport } from './import-report.ts';
import { keepCuratedTimes } from './keep-curated-times.ts';
import {
  listFiles,
  MAX_FILE_BYTES,
  readSourceFile,
  type FileCaps,
  type SourceRecords,
} from './portal-files.ts';
import { mapPortalProcedure, type KeptValue } from './portal-map.ts';
import { loadSeedProcedures } from './seed.ts';
import { tidyProcedureNames } from './tidy-names.ts';

/**
 * Imports the national portal's own files (list rows as JSONL, detail answers as JSON) given as
 * files or folders. Every record is validated; a bad one is reported and skipped, never stops
 * the others. All procedures are written in one transaction, which bumps the catalogue version
 * only when some procedure was added or changed (issue 11).
 * `maxFileBytes` lowers or raises the per-file caps (tests use a small one).
 */
export async function importPortalFiles(
  paths: readonly string[],
  catalog: CatalogStore,
  options: { maxFileBytes?: Partial<FileCaps> } = {},
): Promise<ImportReport> {
  const started = performance.now();
  const report = emptyReport();
  const records: SourceRecords = { rows: new Map(), details: new Map() };
  const caps = { ...MAX_FILE_BYTES, ...options.maxFileBytes };
  for (const file of listFiles(paths, report)) readSourceFile(file, records, report, caps);

  const procedures = mapRecords(records, report);
  if (procedures.length > 0) {
    await mergeWithStored(procedures, catalog, report);
    const meta = await catalog.upsert(procedures);
    report.catalogVersion = meta.version;
    const stored = (await catalog.load())?.procedures ?? procedures;
    report.lifeEventSteps = lifeEventStepChanges(new Map(stored.map((p) => [p.code, p])));
  }
  report.imported.total = procedures.length;
  report.problems = report.problems.map((p) => ({ ...p, file: shortPath(p.file) }));
  report.keptAsPublished = report.keptAsPublished.map((p) => ({ ...p, file: shortPath(p.file) }));
  report.tidied = report.tidied.map((p) => ({ ...p, file: shortPath(p.file) }));
  report.durationMs = performance.now() - started;
  return report;
}

function mapRecords(records: SourceRecords, report: ImportReport): Procedure[] {
  const codes = [...new Set([...records.rows.keys(), ...records.details.keys()])].sort();
  const procedures: Procedure[] = [];
  for (const code of codes) {
    const row = records.rows.get(code);
    const detail = records.details.get(code);
    const file = detail?.file ?? row?.file ?? '';
    // A row's line is worth naming only when the report names the row's file.
    const line = detail === undefined ? row?.line : undefined;
    const type = detail?.detail.type ?? row?.row.type;
    // Between agencies, not for citizens (DESIGN.md §1).
    if (type === 'STANDARD_INTERNAL' || detail?.detail.isInternal === true) {
      report.skipped.internal += 1;
      continue;
    }
    if (row && detail) report.detailsMerged += 1;
    const kept: KeptValue[] = [];
    const { procedure, tidiedFields } = tidyProcedureNames(
      mapPortalProcedure(code, row?.row, detail?.detail, kept),
    );
    const mapped = procedureSchema.safeParse(procedure);
    if (!mapped.success) {
      const issue = mapped.error.issues[0];
      report.skipped.invalid += 1;
      report.problems.push({
        file,
        ...(line === undefined ? {} : { line }),
        code,
        field: issue?.path.join('.') || '(record)',
        message: issue?.message ?? 'invalid',
      });
      continue;
    }
    for (const k of kept) report.keptAsPublished.push({ file, code, ...k });
    for (const field of tidiedFields) {
      report.tidied.push({
        file,
        code,
        field,
        message: 'tidied (NFC, spaces, marks, punctuation)',
      });
    }
    procedures.push(mapped.data);
  }
  return procedures;
}

/**
 * Keeps what people wrote by hand (the seed's English names and plain-language summaries),
 * which the portal does not have, then counts new / updated / unchanged against what is stored.
 */
async function mergeWithStored(
  procedures: Procedure[],
  catalog: CatalogStore,
  report: ImportReport,
): Promise<void> {
  const stored = new Map((await catalog.load())?.procedures.map((p) => [p.code, p]) ?? []);
  // The seed's English is reviewed procedure by procedure, so it wins over the general table
  // (english-names.ts) whatever the database held before this import.
  const seedEnglish = new Map(
    loadSeedProcedures().flatMap((p) => (p.name.en ? [[p.code, p.name.en] as const] : [])),
  );
  for (const procedure of procedures) {
    const curatedEnglish = seedEnglish.get(procedure.code);
    if (curatedEnglish) procedure.name.en = curatedEnglish;
    const before = stored.get(procedure.code);
    if (!before) {
      report.imported.new += 1;
      continue;
    }
    if (before.name.en && !procedure.name.en) procedure.name.en = before.name.en;
    if (before.summary && !procedure.summary) procedure.summary = before.summary;
    // A detail file alone has no portal id: keep the page link a list row gave earlier.
    if (!procedure.portalUrl && isProcedurePageUrl(before.portalUrl)) {
      procedure.portalUrl = before.portalUrl;
    }
    // A list row alone says nothing about channels, times or fees ("unknown"): keep what an
    // earlier detail import or the seed said, until a new detail replaces it.
    if (procedure.onlineLevel === 'unknown' && before.onlineLevel !== 'unknown') {
      keepDetailFields(procedure, before);
      report.detailsKeptFromStore += 1;
    } else keepCuratedTimes(procedure, before);
    // Compared as JSON values: key order may differ (PostgreSQL's jsonb reorders keys).
    if (isDeepStrictEqual(before, JSON.parse(JSON.stringify(procedure)))) {
      report.imported.unchanged += 1;
    } else report.imported.updated += 1;
  }
}

function keepDetailFields(procedure: Procedure, before: Procedure): void {
  procedure.onlineLevel = before.onlineLevel;
  procedure.governmentLevels = before.governmentLevels;
  procedure.methods = before.methods;
  procedure.documents = before.documents;
  procedure.steps = before.steps;
  procedure.results = before.results;
  procedure.legalBasis = before.legalBasis;
  // Whose facts these are, and where and how (issue 11, items 4 and 5), go with them.
  const kept = [
    'factsSource',
    'sourceUpdatedAt',
    'cases',
    'receivingAddresses',
    'isFiledAnywhereInProvince',
    'requirements',
    'resultDelivery',
  ] as const;
  for (const key of kept) {
    if (before[key] === undefined) delete procedure[key];
    else Object.assign(procedure, { [key]: before[key] });
  }
}

/** Paths in the report relative to the working directory, when that is shorter. */
function shortPath(file: string): string {
  if (!path.isAbsolute(file)) return file;
  const relative = path.relative(process.cwd(), file);
  return relative.length < file.length ? relative : file;
}
