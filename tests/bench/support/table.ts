import type { Machine } from './machine.ts';
import type { RowResult, Unit } from './result.ts';

function format(value: number | undefined, unit: Unit): string {
  if (value === undefined) return '';
  const digits =
    unit === 'ratings/s' || unit === 'score'
      ? 0
      : unit === 'KB'
        ? 1
        : Math.abs(value) >= 100
          ? 0
          : Math.abs(value) >= 10
            ? 1
            : 2;
  const text = value.toLocaleString('en', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return unit === 'score' ? text : `${text} ${unit}`;
}

function verdict(row: RowResult): string {
  if (row.status !== 'measured') return `${row.status}: ${row.note ?? ''}`;
  if (row.met === undefined) return 'no budget';
  if (row.met) return 'met';
  const budget = row.budget as number;
  const by = Math.abs((row.median as number) - budget);
  return `MISSED by ${format(by, row.unit)} (${Math.round((by / budget) * 100)}%)`;
}

function budgetText(row: RowResult): string {
  if (row.budget === undefined) return '—';
  return `${row.budgetKind === 'max' ? '≤' : '≥'} ${format(row.budget, row.unit)}`;
}

/** A Markdown table (it reads as plain text in a terminal and pastes into the README). */
export function renderTable(machine: Machine, rows: readonly RowResult[], totalS: number): string {
  const header = ['Area', 'Figure', 'Median', 'Min – max', 'Runs', 'Budget', 'Result'];
  const lines = rows.map((row) => [
    row.group,
    row.label,
    row.status === 'measured' ? format(row.median, row.unit) : '',
    row.status === 'measured' ? `${format(row.min, row.unit)} – ${format(row.max, row.unit)}` : '',
    row.status === 'measured' ? String(row.runs.length) : '',
    budgetText(row),
    verdict(row),
  ]);
  const escape = (cell: string) => cell.replaceAll('|', '\\|');
  const out = [
    `Machine: ${machine.cores} cores, ${machine.cpu}, ${machine.memoryGb} GB RAM, ${machine.os}; ` +
      `Node ${machine.node}; ${machine.chromium}${machine.postgres ? `; ${machine.postgres}` : ''}`,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...lines.map((cells) => `| ${cells.map(escape).join(' | ')} |`),
    '',
    'Notes:',
    ...rows
      // Unmeasured rows already say why in their Result cell.
      .filter((row) => row.note && row.status === 'measured')
      .map((row) => `- ${row.group} / ${row.label}: ${row.note}`),
    '',
    `Total bench time: ${Math.floor(totalS / 60)} min ${Math.round(totalS % 60)} s`,
  ];
  return out.join('\n');
}
