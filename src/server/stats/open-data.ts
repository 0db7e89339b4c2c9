import { monthOf } from '../../domain/calendar-day.ts';
import { PROVINCES } from '../../domain/provinces.ts';
import { RATING_CRITERIA, SATISFACTION_LEVELS } from '../../domain/rating.ts';
import {
  emptyCounts,
  figureOf,
  MIN_MEANINGFUL,
  SATISFACTION_TARGET,
  SATISFACTION_TARGET_SOURCE,
  SATISFACTION_TARGET_YEAR,
  STATS_DIMENSIONS,
  STATS_FIRST_DAY,
  UNSPECIFIED_KEY,
  type LevelCounts,
  type StatsDimension,
} from '../../domain/stats.ts';
import { CSV_BOM, CSV_COLUMNS, OPEN_DATA_LICENSE } from './csv.ts';
import { overallTable } from './rollup-schema.ts';
import type { StatsStore } from './stats-store.ts';

/**
 * Open data that tools read without us (issue 18, item 4): a Frictionless Data package
 * (https://datapackage.org, v1 "tabular-data-package", which CKAN's datapackage tooling,
 * frictionless-py and Excel's Power Query read) describing CSV files at stable URLs under
 * /api/open-data/:
 * - satisfaction-by-<dimension>.csv: the last 12 months, as GET /api/stats.csv?by=<dimension>;
 * - daily/<YYYY-MM>.csv: one row per day, province and channel of that month, from the daily
 *   rollups (no personal data: counts only).
 * Paths in the descriptor are relative to it, as the specification asks.
 */

export const OPEN_DATA_BASE = '/api/open-data';
/** How many months of daily files the descriptor lists (every month stays fetchable). */
export const LISTED_DAILY_MONTHS = 12;

export function byDimensionFile(by: StatsDimension): string {
  return `satisfaction-by-${by}.csv`;
}

export function dailyFile(month: string): string {
  return `daily/${month}.csv`;
}

export const DAILY_COLUMNS = [
  'date',
  'province',
  'province_name',
  'channel',
  'total',
  ...SATISFACTION_LEVELS,
  'satisfaction_rate',
  'meaningful',
] as const;

interface FieldDescriptor {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  description: string;
  constraints?: Record<string, unknown>;
  trueValues?: string[];
  falseValues?: string[];
}

const LEVEL_TEXT: Record<(typeof SATISFACTION_LEVELS)[number], string> = {
  very_satisfied: 'Ratings "very satisfied" (Rất hài lòng)',
  satisfied: 'Ratings "satisfied" (Hài lòng)',
  dissatisfied: 'Ratings "dissatisfied" (Không hài lòng)',
};

const FORMULA =
  'satisfaction_rate = (very_satisfied + satisfied) / total, a fraction from 0 to 1 with six ' +
  `decimals; empty when total is 0. meaningful = total >= ${MIN_MEANINGFUL}: below that the ` +
  'dashboard shows no rate (Resolution 17/NQ-CP metric; the counts are always published).';

function figureFields(prefix: string, what: string): FieldDescriptor[] {
  const count = { minimum: 0 };
  return [
    {
      name: `${prefix}total`,
      type: 'integer',
      description: `All ratings${what}`,
      constraints: count,
    },
    ...SATISFACTION_LEVELS.map((level): FieldDescriptor => ({
      name: `${prefix}${level}`,
      type: 'integer',
      description: `${LEVEL_TEXT[level]}${what}`,
      constraints: count,
    })),
    {
      name: `${prefix}satisfaction_rate`,
      type: 'number',
      description: `(very_satisfied + satisfied) / total${what}; empty when total is 0`,
      constraints: { minimum: 0, maximum: 1 },
    },
  ];
}

const BOOLEAN = { trueValues: ['true'], falseValues: ['false'] };

function byDimensionFields(): FieldDescriptor[] {
  const fields: FieldDescriptor[] = [
    {
      name: 'dimension',
      type: 'string',
      description: 'What the rows are grouped by; "all" for the first row, the whole answer',
      constraints: { enum: ['all', ...STATS_DIMENSIONS] },
    },
    {
      name: 'key',
      type: 'string',
      description:
        'Group key: province code (2025), procedure code, field, agency, channel, or YYYY-MM; ' +
        `"${UNSPECIFIED_KEY}" when not known`,
    },
    { name: 'label', type: 'string', description: 'Vietnamese name of a coded key' },
    { name: 'from', type: 'date', description: 'First day counted (Vietnam time, UTC+7)' },
    { name: 'to', type: 'date', description: 'Last day counted (Vietnam time, UTC+7)' },
    ...figureFields('', ''),
    {
      name: 'meaningful',
      type: 'boolean',
      description: `total >= ${MIN_MEANINGFUL}`,
      ...BOOLEAN,
    },
    ...RATING_CRITERIA.flatMap((c) => figureFields(`${c}_`, ` that answered criterion ${c}`)),
  ];
  // Kept in step with the CSV writer: a column it writes is a field described here.
  if (fields.map((f) => f.name).join(',') !== CSV_COLUMNS.join(',')) {
    throw new Error('open-data: the descriptor and the CSV columns disagree');
  }
  return fields;
}

function dailyFields(): FieldDescriptor[] {
  return [
    { name: 'date', type: 'date', description: 'The day the citizen rated (Vietnam time, UTC+7)' },
    {
      name: 'province',
      type: 'string',
      description: `Province code (2025 list); "${UNSPECIFIED_KEY}" when the rating named none`,
    },
    { name: 'province_name', type: 'string', description: 'Vietnamese name of the province' },
    {
      name: 'channel',
      type: 'string',
      description: 'How the service was used',
      constraints: { enum: ['online', 'in_person', 'kiosk'] },
    },
    ...figureFields('', ''),
    {
      name: 'meaningful',
      type: 'boolean',
      description: `total >= ${MIN_MEANINGFUL}`,
      ...BOOLEAN,
    },
  ];
}

const DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', header: true };

/** The months from the first listed to the current one, newest last. */
function recentMonths(today: string, count: number): string[] {
  const months: string[] = [];
  let [year, month] = monthOf(today).split('-').map(Number) as [number, number];
  for (let i = 0; i < count; i += 1) {
    const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (value < monthOf(STATS_FIRST_DAY)) break;
    months.unshift(value);
    month -= 1;
    if (month === 0) [year, month] = [year - 1, 12];
  }
  return months;
}

/** The datapackage.json descriptor; `origin` (scheme://host) only for the homepage link. */
export function dataPackage(options: { origin: string; today: string; generatedAt: string }) {
  const common = {
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: DIALECT,
  };
  const byDimension = STATS_DIMENSIONS.map((by) => ({
    ...common,
    name: `satisfaction-by-${by}`,
    path: byDimensionFile(by),
    title: `Citizen satisfaction by ${by}, the last 12 months`,
    description:
      `The last 12 months up to today (Vietnam time), grouped by ${by}; the first row ` +
      '("all") is the figure for the whole answer. The same file as ' +
      `/api/stats.csv?by=${by}; other periods and filters: /api/stats.csv with from, to, ` +
      'province, channel, procedure, field.',
    schema: { fields: byDimensionFields(), missingValues: [''], primaryKey: ['dimension', 'key'] },
  }));
  const daily = recentMonths(options.today, LISTED_DAILY_MONTHS).map((month) => ({
    ...common,
    name: `satisfaction-daily-${month}`,
    path: dailyFile(month),
    title: `Citizen satisfaction per day, province and channel, ${month}`,
    description:
      `One row per day of ${month}, province and channel that has ratings. Ratings are ` +
      'counted on the day they were made, so a device that was offline can still add to a ' +
      'past day when it syncs; the URL stays the same.',
    schema: {
      fields: dailyFields(),
      missingValues: [''],
      primaryKey: ['date', 'province', 'channel'],
    },
  }));
  return {
    profile: 'tabular-data-package',
    name: 'dvc-citizen-satisfaction',
    title: 'Mức độ hài lòng của người dân với dịch vụ công (DVC) — Citizen satisfaction',
    description:
      'Ratings of public services sent through DVC, counted per level. ' +
      `${FORMULA} Target: at least ${SATISFACTION_TARGET * 100}% satisfied in ` +
      `${SATISFACTION_TARGET_YEAR} (${SATISFACTION_TARGET_SOURCE}).`,
    homepage: `${options.origin}/stats`,
    created: options.generatedAt,
    licenses: [
      { name: 'CC-BY-4.0', path: OPEN_DATA_LICENSE.url, title: 'Creative Commons Attribution 4.0' },
    ],
    sources: [{ title: 'Ratings sent by citizens through DVC (web, one-stop-office kiosks)' }],
    keywords: ['satisfaction', 'public services', 'Vietnam', 'hài lòng', 'dịch vụ công'],
    resources: [...byDimension, ...daily],
  };
}

/** A YYYY-MM of the published span: from 2000-01 to the current month (Vietnam time). */
export function isPublishedMonth(month: string, today: string): boolean {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return false;
  return month >= monthOf(STATS_FIRST_DAY) && month <= monthOf(today);
}

function textCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One month's daily rows from the daily `area` rollup (province × channel × level). */
export async function dailyCsv(store: StatsStore, month: string): Promise<string> {
  const table = overallTable('area', 'day');
  const rows = await store.rollupRows(
    `SELECT period || '|' || province || '|' || channel AS k, '' AS criterion, overall AS level,
       sum(n) AS n FROM ${table} WHERE period BETWEEN ? AND ? GROUP BY 1, overall`,
    [`${month}-01`, `${month}-31`],
  );
  const tallies = new Map<string, LevelCounts>();
  for (const row of rows) {
    if (!(SATISFACTION_LEVELS as readonly string[]).includes(row.level)) continue;
    let counts = tallies.get(row.k);
    if (!counts) tallies.set(row.k, (counts = emptyCounts()));
    counts[row.level as keyof LevelCounts] += Number(row.n);
  }
  const lines = [...tallies]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, counts]) => {
      const [date = '', province = '', channel = ''] = k.split('|');
      const figure = figureOf(counts);
      const key = province === '' ? UNSPECIFIED_KEY : province;
      const name = PROVINCES.find((p) => p.code === province)?.vi ?? '';
      return [
        date,
        key,
        textCell(name),
        channel,
        String(figure.total),
        ...SATISFACTION_LEVELS.map((l) => String(counts[l])),
        figure.satisfactionRate === null ? '' : figure.satisfactionRate.toFixed(6),
        String(figure.meaningful),
      ].join(',');
    });
  return `${CSV_BOM}${[DAILY_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}
