import {
  firstDayOfMonth,
  isLastDayOfMonth,
  lastDayOfMonth,
  monthOf,
  nextDay,
  previousDay,
} from '../../domain/calendar-day.ts';
import type { StatsDimension } from '../../domain/stats.ts';
import { criteriaTable, overallTable, type CubeFamily, type Grain } from './rollup-schema.ts';

/** A stretch of the period read from one grain: days (YYYY-MM-DD) or whole months (YYYY-MM). */
export interface Segment {
  grain: Grain;
  first: string;
  last: string;
}

/**
 * Splits [from, to] into at most three segments: the days before the first whole month, the
 * whole months (read from the monthly rollup), the days after the last whole month. Constant
 * work whatever the period's length; the days come from calendar-day.ts, right for every year.
 */
export function splitPeriod(from: string, to: string): Segment[] {
  if (from > to) return [];
  const segments: Segment[] = [];
  let cursor = from;
  if (cursor !== firstDayOfMonth(cursor)) {
    const end = lastDayOfMonth(cursor) < to ? lastDayOfMonth(cursor) : to;
    segments.push({ grain: 'day', first: cursor, last: end });
    if (end === to) return segments;
    cursor = nextDay(end);
  }
  // cursor is now the first day of a month, and cursor <= to.
  const lastWholeMonth = isLastDayOfMonth(to)
    ? monthOf(to)
    : monthOf(previousDay(firstDayOfMonth(to)));
  if (lastWholeMonth >= monthOf(cursor)) {
    segments.push({ grain: 'month', first: monthOf(cursor), last: lastWholeMonth });
  }
  if (!isLastDayOfMonth(to)) {
    const tailStart = firstDayOfMonth(to) > cursor ? firstDayOfMonth(to) : cursor;
    segments.push({ grain: 'day', first: tailStart, last: to });
  }
  return segments;
}

export interface RollupFilters {
  /** Procedure codes to keep (from a procedure and/or field filter); undefined = all. */
  procedureCodes?: readonly string[];
  /** '' = ratings without a province. */
  province?: string;
  channel?: string;
}

/** The column a group key is read from; field and agency are mapped from procedure codes later. */
function keyExpression(by: StatsDimension | undefined): string {
  switch (by) {
    case undefined:
      return `''`;
    case 'procedure':
    case 'field':
    case 'agency':
      return 'procedure_code';
    case 'month':
      return 'substr(period, 1, 7)';
    default:
      return by;
  }
}

/** The smallest cube that has every column the query groups or filters on. */
export function familyFor(by: StatsDimension | undefined, filters: RollupFilters): CubeFamily {
  const needsProcedure =
    by === 'procedure' || by === 'field' || by === 'agency' || filters.procedureCodes !== undefined;
  if (!needsProcedure) return 'area';
  const needsArea =
    by === 'province' ||
    by === 'channel' ||
    filters.province !== undefined ||
    filters.channel !== undefined;
  return needsArea ? 'full' : 'procedure';
}

export interface RollupSql {
  sql: string;
  /** Positional parameters, written as ? (the PostgreSQL store numbers them). */
  params: string[];
}

/**
 * One UNION ALL over the segments of the period, summed per key and level. Rows are
 * { k, criterion, level, n }; criterion is '' for the overall level.
 */
export function rollupSql(
  by: StatsDimension | undefined,
  segments: readonly Segment[],
  filters: RollupFilters,
  isCriteria: boolean,
): RollupSql {
  const family = familyFor(by, filters);
  const params: string[] = [];
  const parts = segments.map((segment) => {
    const table = isCriteria
      ? criteriaTable(family, segment.grain)
      : overallTable(family, segment.grain);
    const where = ['period BETWEEN ? AND ?'];
    params.push(segment.first, segment.last);
    if (filters.procedureCodes) {
      where.push(`procedure_code IN (${filters.procedureCodes.map(() => '?').join(', ')})`);
      params.push(...filters.procedureCodes);
    }
    if (filters.province !== undefined) {
      where.push('province = ?');
      params.push(filters.province);
    }
    if (filters.channel !== undefined) {
      where.push('channel = ?');
      params.push(filters.channel);
    }
    const levelCols = isCriteria ? 'criterion, level' : `'' AS criterion, overall AS level`;
    const groupCols = isCriteria ? 'criterion, level' : 'overall';
    return `SELECT ${keyExpression(by)} AS k, ${levelCols}, sum(n) AS n FROM ${table}
      WHERE ${where.join(' AND ')} GROUP BY 1, ${groupCols}`;
  });
  return { sql: parts.join('\nUNION ALL\n'), params };
}
