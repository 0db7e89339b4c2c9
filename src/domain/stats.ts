import { z } from 'zod';
import {
  addYears,
  isCalendarDay,
  monthsBetween as calendarMonthsBetween,
  nextDay,
} from './calendar-day.ts';
import { ONLINE_LEVELS } from './online-level.ts';
import { procedureCodeSchema } from './procedure.ts';
import { PROVINCE_CODES } from './provinces.ts';
import { RATING_CHANNELS, RATING_CRITERIA, type SatisfactionLevel } from './rating.ts';

/**
 * The published satisfaction metric (Resolution 17/NQ-CP; target in Decision 942/QĐ-TTg):
 * rate = (very satisfied + satisfied) ÷ all ratings, always published with the count at each
 * level (DESIGN.md §1). Shared by the server (aggregates, CSV) and the dashboard.
 */

/** Decision 942/QĐ-TTg: at least 90% of citizens and businesses satisfied by 2025. */
export const SATISFACTION_TARGET = 0.9;
/** The year Decision 942/QĐ-TTg sets the 90% target for; a period is compared with it. */
export const SATISFACTION_TARGET_YEAR = 2025;
/** Where the target comes from, as published with every answer (JSON, datapackage). */
export const SATISFACTION_TARGET_SOURCE =
  'Quyết định 942/QĐ-TTg ngày 15/6/2021 (Decision 942/QĐ-TTg)';
/** Decision 942/QĐ-TTg: 100% of eligible procedures offered full-process online. */
export const FULL_PROCESS_TARGET = 1;
/** Below this many ratings a group's rate says more about chance than about the service. */
export const MIN_MEANINGFUL = 10;

/**
 * Ratings are counted on the day they were made (createdAt, not receivedAt: a kiosk offline
 * for a week still rated last week's service), in Vietnam time — UTC+7 all year, no DST.
 */
export const STATS_UTC_OFFSET_HOURS = 7;

export const STATS_DIMENSIONS = [
  'procedure',
  'province',
  'agency',
  'field',
  'channel',
  'month',
] as const;
export type StatsDimension = (typeof STATS_DIMENSIONS)[number];

/** Group key for ratings that carry no province (or a procedure no longer in the catalogue). */
export const UNSPECIFIED_KEY = 'unspecified';

export type LevelCounts = Record<SatisfactionLevel, number>;

export function emptyCounts(): LevelCounts {
  return { very_satisfied: 0, satisfied: 0, dissatisfied: 0 };
}

export function totalOf(counts: LevelCounts): number {
  return counts.very_satisfied + counts.satisfied + counts.dissatisfied;
}

/** (very satisfied + satisfied) ÷ total, as a fraction 0…1; null when there is nothing to divide. */
export function satisfactionRate(counts: LevelCounts): number | null {
  const total = totalOf(counts);
  return total === 0 ? null : (counts.very_satisfied + counts.satisfied) / total;
}

export function isMeaningful(total: number): boolean {
  return total >= MIN_MEANINGFUL;
}

const countsSchema = z.strictObject({
  very_satisfied: z.number().int().nonnegative(),
  satisfied: z.number().int().nonnegative(),
  dissatisfied: z.number().int().nonnegative(),
});

const figureShape = {
  total: z.number().int().nonnegative(),
  counts: countsSchema,
  satisfactionRate: z.number().min(0).max(1).nullable(),
  /** total ≥ MIN_MEANINGFUL: below it the rate is published but not shown as a figure. */
  meaningful: z.boolean(),
};
export const figureSchema = z.object(figureShape);
export type Figure = z.infer<typeof figureSchema>;

export function figureOf(counts: LevelCounts): Figure {
  const total = totalOf(counts);
  return {
    total,
    counts,
    satisfactionRate: satisfactionRate(counts),
    meaningful: isMeaningful(total),
  };
}

/** How a figure is worded everywhere (one wording per state): none, too few, or a rate. */
export type FigureState = 'none' | 'few' | 'rate';

export function figureStateOf(total: number): FigureState {
  return total === 0 ? 'none' : isMeaningful(total) ? 'rate' : 'few';
}

/** Per criterion: over the ratings that answered it (a criterion is optional on a rating). */
export const criteriaFiguresSchema = z.object(
  Object.fromEntries(RATING_CRITERIA.map((c) => [c, figureSchema])) as Record<
    (typeof RATING_CRITERIA)[number],
    typeof figureSchema
  >,
);
export type CriteriaFigures = z.infer<typeof criteriaFiguresSchema>;

export const statsGroupSchema = z.object({
  key: z.string(),
  /** Vietnamese name where the key is a code (procedure, province); the UI localises itself. */
  label: z.string().optional(),
  ...figureShape,
  criteria: criteriaFiguresSchema,
});
export type StatsGroup = z.infer<typeof statsGroupSchema>;

/** A day of the calendar (calendar-day.ts): 2025-02-30 and 0000-02-01 are not. */
const isoDaySchema = z.string().refine(isCalendarDay, {
  message: 'must be a calendar date written YYYY-MM-DD',
  params: { code: 'invalid_date' },
  abort: true,
});

/**
 * The span of a stats period (issue 10): no ratings predate the app, so nothing before
 * 2000-01-01; nothing after tomorrow in Vietnam time (a device clock a little ahead can date a
 * rating tomorrow); and at most 120 calendar months, so that by=month lists at most 120 groups
 * and the cost of any accepted query stays bounded.
 */
export const STATS_FIRST_DAY = '2000-01-01';
export const STATS_MAX_MONTHS = 120;

/** Why a period was refused, as `details[].code` of the 400 (the dashboard translates each). */
export const STATS_PERIOD_ISSUES = [
  'invalid_date',
  'too_early',
  'too_late',
  'after_to',
  'period_too_long',
] as const;
export type StatsPeriodIssue = (typeof STATS_PERIOD_ISSUES)[number];

/** The filters an answer was computed with, echoed so a saved JSON file says what it is. */
export const statsFiltersSchema = z.object({
  province: z.string().optional(),
  channel: z.enum(RATING_CHANNELS).optional(),
  procedure: z.string().optional(),
  field: z.string().optional(),
});
export type StatsAnswerFilters = z.infer<typeof statsFiltersSchema>;

export const statsTargetSchema = z.object({
  rate: z.number(),
  year: z.number().int(),
  source: z.string(),
});

export const statsResponseSchema = z.object({
  by: z.enum(STATS_DIMENSIONS),
  from: isoDaySchema,
  to: isoDaySchema,
  filters: statsFiltersSchema,
  target: statsTargetSchema,
  /** Below this many ratings `meaningful` is false and the dashboard shows no rate. */
  minMeaningful: z.number().int(),
  generatedAt: z.iso.datetime(),
  groups: z.array(statsGroupSchema),
  overall: z.object({ ...figureShape, criteria: criteriaFiguresSchema }),
});
export type StatsResponse = z.infer<typeof statsResponseSchema>;

const statsDaySchema = isoDaySchema.refine((day) => day >= STATS_FIRST_DAY, {
  message: `must not be before ${STATS_FIRST_DAY}`,
  params: { code: 'too_early' },
});

/**
 * Query of GET /api/stats and /api/stats.csv; every value arrives as a URL string. The checks
 * that depend on today (no later than tomorrow, at most 120 months) are in stats-period.ts.
 */
export const statsQuerySchema = z
  .strictObject({
    by: z.enum(STATS_DIMENSIONS).default('province'),
    from: statsDaySchema.optional(),
    to: statsDaySchema.optional(),
    procedure: procedureCodeSchema.optional(),
    province: z.enum([...PROVINCE_CODES, UNSPECIFIED_KEY]).optional(),
    channel: z.enum(RATING_CHANNELS).optional(),
    field: z.string().trim().min(1).max(300).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'from must not be after to',
    path: ['from'],
    params: { code: 'after_to' },
  });
export type StatsQuery = z.infer<typeof statsQuerySchema>;

/** Today's date in Vietnam time, as YYYY-MM-DD. */
export function statsDayOf(instant: Date): string {
  return new Date(instant.getTime() + STATS_UTC_OFFSET_HOURS * 3_600_000)
    .toISOString()
    .slice(0, 10);
}

/** Default period: the last 12 months up to today (Vietnam time), inclusive. */
export function defaultPeriod(now: Date): { from: string; to: string } {
  const to = statsDayOf(now);
  return { from: nextDay(addYears(to, -1)), to };
}

/** The YYYY-MM months from `from` to `to`, in order (the month line shows empty months too). */
export function monthsBetween(from: string, to: string): string[] {
  return calendarMonthsBetween(from, to);
}

/* Catalogue figures: how many procedures are offered at each online level. */

export const CATALOG_STATS_DIMENSIONS = ['province', 'agency'] as const;
export type CatalogStatsDimension = (typeof CATALOG_STATS_DIMENSIONS)[number];

/** Group key of national (STANDARD) procedures in the by=province view. */
export const NATIONAL_KEY = 'national';

const levelCountsSchema = z.object(
  Object.fromEntries(ONLINE_LEVELS.map((l) => [l, z.number().int().nonnegative()])) as Record<
    (typeof ONLINE_LEVELS)[number],
    z.ZodNumber
  >,
);

const catalogFigureShape = {
  total: z.number().int().nonnegative(),
  counts: levelCountsSchema,
  /** full ÷ procedures whose level is known; null when none is known. Target: 100%. */
  fullShare: z.number().min(0).max(1).nullable(),
};

export const catalogStatsResponseSchema = z.object({
  by: z.enum(CATALOG_STATS_DIMENSIONS),
  catalogVersion: z.number().int().nonnegative().nullable(),
  generatedAt: z.iso.datetime(),
  target: z.number(),
  groups: z.array(
    z.object({ key: z.string(), label: z.string().optional(), ...catalogFigureShape }),
  ),
  overall: z.object(catalogFigureShape),
});
export type CatalogStatsResponse = z.infer<typeof catalogStatsResponseSchema>;
export type CatalogLevelCounts = CatalogStatsResponse['overall']['counts'];

export function fullShareOf(counts: CatalogLevelCounts): number | null {
  const known = counts.full + counts.partial + counts.in_person;
  return known === 0 ? null : counts.full / known;
}

export const catalogStatsQuerySchema = z.strictObject({
  by: z.enum(CATALOG_STATS_DIMENSIONS).default('province'),
});
