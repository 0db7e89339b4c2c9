import { z } from 'zod';
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
};
export const figureSchema = z.object(figureShape);
export type Figure = z.infer<typeof figureSchema>;

export function figureOf(counts: LevelCounts): Figure {
  return { total: totalOf(counts), counts, satisfactionRate: satisfactionRate(counts) };
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

const isoDaySchema = z.iso.date();

export const statsResponseSchema = z.object({
  by: z.enum(STATS_DIMENSIONS),
  from: isoDaySchema,
  to: isoDaySchema,
  generatedAt: z.iso.datetime(),
  groups: z.array(statsGroupSchema),
  overall: z.object({ ...figureShape, criteria: criteriaFiguresSchema }),
});
export type StatsResponse = z.infer<typeof statsResponseSchema>;

/** Query of GET /api/stats and /api/stats.csv; every value arrives as a URL string. */
export const statsQuerySchema = z
  .strictObject({
    by: z.enum(STATS_DIMENSIONS).default('province'),
    from: isoDaySchema.optional(),
    to: isoDaySchema.optional(),
    procedure: procedureCodeSchema.optional(),
    province: z.enum([...PROVINCE_CODES, UNSPECIFIED_KEY]).optional(),
    channel: z.enum(RATING_CHANNELS).optional(),
    field: z.string().trim().min(1).max(300).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'from must not be after to',
    path: ['from'],
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
  const start = new Date(`${to}T00:00:00Z`);
  start.setUTCFullYear(start.getUTCFullYear() - 1);
  start.setUTCDate(start.getUTCDate() + 1);
  return { from: start.toISOString().slice(0, 10), to };
}

/** The YYYY-MM months from `from` to `to`, in order (the month line shows empty months too). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
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
