import { RATING_CRITERIA, SATISFACTION_LEVELS } from '../../domain/rating.ts';
import { type Figure, type StatsResponse } from '../../domain/stats.ts';

/**
 * Open data as CSV (RFC 4180: CRLF, double quotes), UTF-8 with a byte-order mark so spreadsheet
 * programs show Vietnamese correctly. Columns are documented in the README ("Open data").
 */
export const CSV_BOM = '\uFEFF';

export const OPEN_DATA_LICENSE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};

const FIGURE_COLUMNS = ['total', ...SATISFACTION_LEVELS, 'satisfaction_rate'] as const;

export const CSV_COLUMNS: readonly string[] = [
  'dimension',
  'key',
  'label',
  'from',
  'to',
  ...FIGURE_COLUMNS,
  'meaningful',
  ...RATING_CRITERIA.flatMap((c) => FIGURE_COLUMNS.map((col) => `${c}_${col}`)),
];

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(…), +cmd|…,
 * @SUM(…), -1+1; tab and CR can hide one): catalogue names, fields and agencies reach the CSV
 * verbatim, so a hostile or careless entry would run on the reader's machine.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell (RFC 4180 quoting). OWASP's advice against CSV injection: a text that could be
 * read as a formula gets a leading single quote, which spreadsheets show as text, and is
 * quoted. Only text: the counts and rates are written by figureCells, and stay numbers.
 */
function textCell(value: string | undefined): string {
  if (value === undefined) return '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== value ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A fraction 0…1 with six decimals (enough to recompute nothing: the counts are exact). */
function rate(value: number | null): string {
  return value === null ? '' : value.toFixed(6);
}

function figureCells(figure: Figure): string[] {
  return [
    String(figure.total),
    ...SATISFACTION_LEVELS.map((level) => String(figure.counts[level])),
    rate(figure.satisfactionRate),
  ];
}

export function statsToCsv(stats: StatsResponse): string {
  const row = (
    dimension: string,
    key: string,
    label: string | undefined,
    figure: Figure & { criteria: Record<string, Figure> },
  ) =>
    [
      textCell(dimension),
      textCell(key),
      textCell(label),
      stats.from,
      stats.to,
      ...figureCells(figure),
      String(figure.meaningful),
      ...RATING_CRITERIA.flatMap((c) => figureCells(figure.criteria[c] as Figure)),
    ].join(',');
  const lines = [
    CSV_COLUMNS.join(','),
    row('all', 'all', undefined, stats.overall),
    ...stats.groups.map((g) => row(stats.by, g.key, g.label, g)),
  ];
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
