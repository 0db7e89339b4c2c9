import path from 'node:path';
import {
  describeStepChange,
  type LifeEventStepChange,
} from '../../domain/life-events/level-review.ts';

/** Where something went wrong: the file, the line (JSONL) or the procedure code, the field. */
export interface ImportProblem {
  file: string;
  line?: number;
  code?: string;
  field: string;
  message: string;
}

export interface ImportReport {
  filesRead: number;
  /** Files passed or found that are not in a format we read (README.md, provinces.json…). */
  filesIgnored: string[];
  /** Paths not read at all (missing, not a regular file, over the size cap); each is a problem. */
  filesRefused: number;
  /** Links to a folder or file already read through another path (a loop, a second link). */
  notFollowed: { file: string; message: string }[];
  listRowsRead: number;
  detailsRead: number;
  /** Procedures that had both a list row and a detail (the detail merged over the row). */
  detailsMerged: number;
  /** Row-only procedures that kept the details already stored (seed or an earlier import). */
  detailsKeptFromStore: number;
  imported: { total: number; new: number; updated: number; unchanged: number };
  skipped: { internal: number; invalid: number };
  /** Records skipped (broken lines, broken JSON, schema failures) and files refused. */
  problems: ImportProblem[];
  /** Records imported with a source value kept as published (not interpreted). */
  keptAsPublished: ImportProblem[];
  /** Names stored tidied: NFC, spaces collapsed, invisible marks and stray punctuation gone. */
  tidied: ImportProblem[];
  /**
   * Issue 19: life-event steps whose procedure is now missing, or whose level or its source is
   * not what was reviewed (src/domain/life-events/reviewed-levels.ts), after this import.
   */
  lifeEventSteps: LifeEventStepChange[];
  /** The catalogue version after the import; undefined when nothing was written. */
  catalogVersion?: number;
  durationMs: number;
}

export function emptyReport(): ImportReport {
  return {
    filesRead: 0,
    filesIgnored: [],
    filesRefused: 0,
    notFollowed: [],
    listRowsRead: 0,
    detailsRead: 0,
    detailsMerged: 0,
    detailsKeptFromStore: 0,
    imported: { total: 0, new: 0, updated: 0, unchanged: 0 },
    skipped: { internal: 0, invalid: 0 },
    problems: [],
    keptAsPublished: [],
    tidied: [],
    lifeEventSteps: [],
    durationMs: 0,
  };
}

const nf = new Intl.NumberFormat('en-US');

/**
 * The CLI's exit code, for scripts and cron: 0 all read and imported; 1 nothing imported;
 * 2 a usage error (the CLI's own); 3 imported, but some records were invalid or some files were
 * refused (the good ones are in; the report says which were not).
 */
export const IMPORT_EXIT = { ok: 0, nothingImported: 1, usage: 2, withProblems: 3 } as const;

export function importExitCode(report: ImportReport): number {
  if (report.imported.total === 0) return IMPORT_EXIT.nothingImported;
  return report.problems.length > 0 ? IMPORT_EXIT.withProblems : IMPORT_EXIT.ok;
}

function plural(count: number, one: string, many: string): string {
  return `${nf.format(count)} ${count === 1 ? one : many}`;
}

/** The last line: what the exit code means for this run. */
function verdict(report: ImportReport): string {
  const code = importExitCode(report);
  if (code === IMPORT_EXIT.ok) return `Result: everything read was imported (exit code ${code})`;
  const skipped = [
    report.skipped.invalid > 0
      ? plural(report.skipped.invalid, 'invalid record', 'invalid records')
      : '',
    report.filesRefused > 0 ? plural(report.filesRefused, 'file not read', 'files not read') : '',
  ].filter(Boolean);
  const what = skipped.length > 0 ? skipped.join(' and ') : 'nothing readable';
  return code === IMPORT_EXIT.nothingImported
    ? `Result: nothing imported, ${what} (exit code ${code})`
    : `Result: imported, but with ${what}, listed under Problems (exit code ${code})`;
}

/** A report an operator reads in a terminal: totals first, then problems grouped with counts. */
export function formatImportReport(report: ImportReport, top = 15): string {
  const n = (value: number) => nf.format(value);
  const lines = [
    `Files read: ${n(report.filesRead)}` +
      (report.filesIgnored.length ? ` (ignored: ${firstOf(report.filesIgnored, top)})` : '') +
      (report.filesRefused > 0 ? `; not read: ${n(report.filesRefused)}` : ''),
    `Records read: ${n(report.listRowsRead + report.detailsRead)} ` +
      `(${n(report.listRowsRead)} list rows, ${n(report.detailsRead)} details; ` +
      `${n(report.detailsMerged)} details merged into their list row)`,
    `Imported: ${n(report.imported.total)} procedures (${n(report.imported.new)} new, ` +
      `${n(report.imported.updated)} updated, ${n(report.imported.unchanged)} unchanged)`,
    ...(report.detailsKeptFromStore > 0
      ? [
          `Kept stored details (online level, methods, documents…) of ` +
            `${n(report.detailsKeptFromStore)} procedures that came without a detail record`,
        ]
      : []),
    `Skipped: ${n(report.skipped.internal)} STANDARD_INTERNAL (between agencies), ` +
      `${n(report.skipped.invalid)} invalid`,
    report.catalogVersion === undefined
      ? 'Catalogue: not changed'
      : report.imported.new + report.imported.updated === 0
        ? `Catalogue: version ${n(report.catalogVersion)}, unchanged (clients download nothing)`
        : `Catalogue: now version ${n(report.catalogVersion)}`,
    `Time: ${(report.durationMs / 1000).toFixed(1)} s`,
  ];
  if (report.problems.length > 0) {
    lines.push('', `Problems (records and files skipped), by file and field:`);
    lines.push(...grouped(report.problems, (p) => `${p.file} · ${p.field}`, top));
  }
  if (report.notFollowed.length > 0) {
    lines.push(
      '',
      'Not followed (already read through another path: a symlink loop or a second link):',
    );
    lines.push(...report.notFollowed.slice(0, top).map((p) => `  ${p.file} — ${p.message}`));
    if (report.notFollowed.length > top) {
      lines.push(`  … and ${n(report.notFollowed.length - top)} more`);
    }
  }
  if (report.tidied.length > 0) {
    lines.push(
      '',
      'Names tidied (Unicode NFC, spaces, invisible marks, stray punctuation), by field:',
    );
    lines.push(...grouped(report.tidied, (p) => p.field, top));
  }
  if (report.keptAsPublished.length > 0) {
    lines.push('', 'Source values kept as published (not interpreted), by field:');
    lines.push(...grouped(report.keptAsPublished, (p) => p.field, top));
  }
  if (report.lifeEventSteps.length > 0) {
    const events = new Set(report.lifeEventSteps.map((c) => c.event));
    lines.push(
      '',
      `Life events whose steps changed since they were reviewed (${plural(events.size, 'event', 'events')}; ` +
        'read these steps again, then update src/domain/life-events/reviewed-levels.ts):',
    );
    lines.push(...report.lifeEventSteps.slice(0, top * 4).map((c) => `  ${describeStepChange(c)}`));
    if (report.lifeEventSteps.length > top * 4) {
      lines.push(`  … and ${n(report.lifeEventSteps.length - top * 4)} more`);
    }
  }
  lines.push('', verdict(report));
  return lines.join('\n');
}

function firstOf(names: readonly string[], top: number): string {
  const shown = names.slice(0, top).join(', ');
  return names.length > top ? `${shown} … and ${nf.format(names.length - top)} more` : shown;
}

/** Where each record of a group is, so an operator can open the file at every bad line. */
function atLines(items: readonly ImportProblem[], shown = 20): string {
  const lines = items.flatMap((p) => (p.line === undefined ? [] : [p.line]));
  if (lines.length === 0) return '';
  const more = lines.length > shown ? ` … and ${nf.format(lines.length - shown)} more` : '';
  return `           at lines ${lines.slice(0, shown).join(', ')}${more}`;
}

function grouped(
  problems: readonly ImportProblem[],
  keyOf: (p: ImportProblem) => string,
  top: number,
) {
  const groups = new Map<string, ImportProblem[]>();
  for (const problem of problems) {
    const key = keyOf(problem);
    const items = groups.get(key) ?? [];
    items.push(problem);
    groups.set(key, items);
  }
  const sorted = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
  const lines = sorted.slice(0, top).map(([key, items]) => {
    const first = items[0] as ImportProblem;
    const where = [
      path.basename(first.file),
      first.line === undefined ? '' : `line ${first.line}`,
      first.code ?? '',
    ]
      .filter(Boolean)
      .join(' ');
    const line = `  ${nf.format(items.length).padStart(6)} × ${key} — e.g. ${where}: ${first.message}`;
    const at = items.length > 1 ? atLines(items) : '';
    return at ? `${line}\n${at}` : line;
  });
  if (sorted.length > top) lines.push(`  … and ${sorted.length - top} more groups`);
  return lines;
}
