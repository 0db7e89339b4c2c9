import { PROVINCES } from '../../domain/provinces.ts';
import {
  RATING_CHANNELS,
  RATING_CRITERIA,
  SATISFACTION_LEVELS,
  type RatingCriterion,
  type SatisfactionLevel,
} from '../../domain/rating.ts';
import {
  emptyCounts,
  figureOf,
  MIN_MEANINGFUL,
  SATISFACTION_TARGET,
  SATISFACTION_TARGET_SOURCE,
  SATISFACTION_TARGET_YEAR,
  monthsBetween,
  UNSPECIFIED_KEY,
  type CriteriaFigures,
  type LevelCounts,
  type StatsAnswerFilters,
  type StatsDimension,
  type StatsGroup,
  type StatsQuery,
  type StatsResponse,
} from '../../domain/stats.ts';
import type { StatsPeriod } from '../../domain/stats-period.ts';
import type { CatalogIndex } from './catalog-index.ts';
import { rollupSql, splitPeriod, type RollupFilters } from './plan.ts';
import type { RollupRow, StatsStore } from './stats-store.ts';

interface Tally {
  counts: LevelCounts;
  criteria: Record<RatingCriterion, LevelCounts>;
}

function emptyTally(): Tally {
  const criteria = Object.fromEntries(RATING_CRITERIA.map((c) => [c, emptyCounts()]));
  return { counts: emptyCounts(), criteria: criteria as Tally['criteria'] };
}

function isLevel(value: string): value is SatisfactionLevel {
  return (SATISFACTION_LEVELS as readonly string[]).includes(value);
}

function isCriterion(value: string): value is RatingCriterion {
  return (RATING_CRITERIA as readonly string[]).includes(value);
}

/** Adds rollup rows to the tally of each key they belong to. */
function addRows(
  tallies: Map<string, Tally>,
  rows: readonly RollupRow[],
  keysOf: (k: string) => readonly string[],
): void {
  for (const row of rows) {
    if (!isLevel(row.level)) continue;
    for (const key of keysOf(row.k)) {
      let tally = tallies.get(key);
      if (!tally) tallies.set(key, (tally = emptyTally()));
      const n = Number(row.n);
      if (row.criterion === '') tally.counts[row.level] += n;
      else if (isCriterion(row.criterion)) tally.criteria[row.criterion][row.level] += n;
    }
  }
}

function criteriaFigures(tally: Tally): CriteriaFigures {
  return Object.fromEntries(
    RATING_CRITERIA.map((c) => [c, figureOf(tally.criteria[c])]),
  ) as CriteriaFigures;
}

/** Maps a rollup key to group keys: field and agency are many-valued (from the catalogue). */
function keyMapper(by: StatsDimension, index: CatalogIndex): (k: string) => readonly string[] {
  const orUnspecified = (values: readonly string[] | undefined) =>
    values && values.length > 0 ? values : [UNSPECIFIED_KEY];
  switch (by) {
    case 'field':
      return (k) => orUnspecified(index.byCode.get(k)?.fields);
    case 'agency':
      return (k) => orUnspecified(index.byCode.get(k)?.agencies);
    case 'province':
      return (k) => [k === '' ? UNSPECIFIED_KEY : k];
    default:
      return (k) => [k];
  }
}

/** Keys every answer lists, even at zero: a province with no ratings is news too. */
function knownKeys(by: StatsDimension, query: StatsQuery, from: string, to: string): string[] {
  if (by === 'month') return monthsBetween(from, to);
  if (by === 'province') return query.province ? [query.province] : PROVINCES.map((p) => p.code);
  if (by === 'channel') return query.channel ? [query.channel] : [...RATING_CHANNELS];
  return [];
}

function compareKeys(by: StatsDimension): (a: string, b: string) => number {
  const order =
    by === 'province'
      ? PROVINCES.map((p) => p.code as string)
      : by === 'channel'
        ? [...RATING_CHANNELS]
        : undefined;
  return (a, b) => {
    if (a === UNSPECIFIED_KEY || b === UNSPECIFIED_KEY) {
      return Number(a === UNSPECIFIED_KEY) - Number(b === UNSPECIFIED_KEY);
    }
    if (order) return order.indexOf(a) - order.indexOf(b);
    return a.localeCompare(b, 'vi');
  };
}

function labelOf(by: StatsDimension, key: string, index: CatalogIndex): string | undefined {
  if (by === 'procedure') return index.byCode.get(key)?.nameVi;
  if (by === 'province') return PROVINCES.find((p) => p.code === key)?.vi;
  return undefined;
}

/** The filters in force, as the answer names them (absent = not filtered on). */
function answerFilters(query: StatsQuery): StatsAnswerFilters {
  const filters: StatsAnswerFilters = {};
  if (query.province) filters.province = query.province;
  if (query.channel) filters.channel = query.channel;
  if (query.procedure) filters.procedure = query.procedure;
  if (query.field) filters.field = query.field;
  return filters;
}

function filtersOf(query: StatsQuery, index: CatalogIndex): RollupFilters {
  const filters: RollupFilters = {};
  let codes: string[] | undefined = query.procedure ? [query.procedure] : undefined;
  if (query.field) {
    const field = query.field;
    const inField = [...index.byCode].filter(([, p]) => p.fields.includes(field)).map(([c]) => c);
    codes = codes ? codes.filter((c) => inField.includes(c)) : inField;
  }
  if (codes) filters.procedureCodes = codes;
  if (query.province) filters.province = query.province === UNSPECIFIED_KEY ? '' : query.province;
  if (query.channel) filters.channel = query.channel;
  return filters;
}

/**
 * GET /api/stats over a period parseStatsRequest accepted: reads rollups only, never the ratings
 * table. The cost is bounded by groups × segments: at most 3 segments (plan.ts); at most 120
 * months, 34 provinces + 1, 3 channels, or one group per procedure, field or agency that the
 * catalogue (plus the no-procedure kiosk code) has, each rollup row mapped to the few fields or
 * agencies of its procedure.
 */
export async function computeStats(
  store: StatsStore,
  index: CatalogIndex,
  query: StatsQuery,
  { from, to }: StatsPeriod,
  now: Date = new Date(),
): Promise<StatsResponse> {
  const by = query.by;
  const filters = filtersOf(query, index);
  const segments = splitPeriod(from, to);
  const nothing = filters.procedureCodes?.length === 0;

  const read = async (dimension: StatsDimension | undefined) => {
    if (nothing) return [];
    const overall = rollupSql(dimension, segments, filters, false);
    const criteria = rollupSql(dimension, segments, filters, true);
    const [a, b] = await Promise.all([
      store.rollupRows(overall.sql, overall.params),
      store.rollupRows(criteria.sql, criteria.params),
    ]);
    return [...a, ...b];
  };
  // Where each rating has exactly one key (not field or agency, which are many-valued), the
  // overall figure is the sum of the groups: one read of the rollups instead of two.
  const isOneKeyPerRating = by !== 'field' && by !== 'agency';
  const [groupRows, overallRows] = await Promise.all([
    read(by),
    isOneKeyPerRating ? undefined : read(undefined),
  ]);

  const tallies = new Map<string, Tally>(
    knownKeys(by, query, from, to).map((k) => [k, emptyTally()]),
  );
  addRows(tallies, groupRows, keyMapper(by, index));
  const total = new Map<string, Tally>([['', emptyTally()]]);
  addRows(total, overallRows ?? groupRows, () => ['']);
  const overallTally = total.get('') ?? emptyTally();

  const groups: StatsGroup[] = [...tallies.keys()].sort(compareKeys(by)).map((key) => {
    const tally = tallies.get(key) ?? emptyTally();
    const label = labelOf(by, key, index);
    return {
      key,
      ...(label ? { label } : {}),
      ...figureOf(tally.counts),
      criteria: criteriaFigures(tally),
    };
  });
  return {
    by,
    from,
    to,
    filters: answerFilters(query),
    target: {
      rate: SATISFACTION_TARGET,
      year: SATISFACTION_TARGET_YEAR,
      source: SATISFACTION_TARGET_SOURCE,
    },
    minMeaningful: MIN_MEANINGFUL,
    generatedAt: now.toISOString(),
    groups,
    overall: { ...figureOf(overallTally.counts), criteria: criteriaFigures(overallTally) },
  };
}
