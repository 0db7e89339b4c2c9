import path from 'node:path';

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
  listRowsRead: number;
  detailsRead: number;
  /** Procedures that had both a list row and a detail (the detail merged over the row). */
  detailsMerged: number;
  /** Row-only procedures that kept the details already stored (seed or an earlier import). */
  detailsKeptFromStore: number;
  imported: { total: number; new: number; updated: number; unchanged: number };
  skipped: { internal: number; invalid: number };
  /** Records skipped: broken lines, broken JSON, schema failures. */
  problems: ImportProblem[];
  /** Records imported with a source value kept as published (not interpreted). */
  keptAsPublished: ImportProblem[];
  /** The catalogue version after the import; undefined when nothing was written. */
  catalogVersion?: number;
  durationMs: number;
}

export function emptyReport(): ImportReport {
  return {
    filesRead: 0,
    filesIgnored: [],
    listRowsRead: 0,
    detailsRead: 0,
    detailsMerged: 0,
    detailsKeptFromStore: 0,
    imported: { total: 0, new: 0, updated: 0, unchanged: 0 },
    skipped: { internal: 0, invalid: 0 },
    problems: [],
    keptAsPublished: [],
    durationMs: 0,
  };
}

const nf = new Intl.NumberFormat('en-US');

/** A report an operator reads in a terminal: totals first, then problems grouped with counts. */
export function formatImportReport(report: ImportReport, top = 15): string {
  const n = (value: number) => nf.format(value);
  const lines = [
    `Files read: ${n(report.filesRead)}` +
      (report.filesIgnored.length ? ` (ignored: ${report.filesIgnored.join(', ')})` : ''),
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
      : `Catalogue: now version ${n(report.catalogVersion)}`,
    `Time: ${(report.durationMs / 1000).toFixed(1)} s`,
  ];
  if (report.problems.length > 0) {
    lines.push('', `Problems (records skipped), by file and field:`);
    lines.push(...grouped(report.problems, (p) => `${p.file} · ${p.field}`, top));
  }
  if (report.keptAsPublished.length > 0) {
    lines.push('', 'Source values kept as published (not interpreted), by field:');
    lines.push(...grouped(report.keptAsPublished, (p) => p.field, top));
  }
  return lines.join('\n');
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
    return `  ${nf.format(items.length).padStart(6)} × ${key} — e.g. ${where}: ${first.message}`;
  });
  if (sorted.length > top) lines.push(`  … and ${sorted.length - top} more groups`);
  return lines;
}
