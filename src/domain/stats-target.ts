import { SATISFACTION_TARGET_YEAR } from './stats.ts';

/**
 * How a period stands to the year the target was set for (issue 18: "Mục tiêu năm 2025" over a
 * period from Dec 2025 to Dec 2026 read as if the period were 2025). The page says which.
 * - before: the period ends before the target's year began;
 * - within: the whole period lies in the target's year;
 * - overlaps: part of the period lies in the target's year, part outside it;
 * - after: the period starts after the target's year: the target was for an earlier year.
 */
export type TargetRelation = 'before' | 'within' | 'overlaps' | 'after';

export function targetRelation(
  from: string,
  to: string,
  year: number = SATISFACTION_TARGET_YEAR,
): TargetRelation {
  const first = `${String(year).padStart(4, '0')}-01-01`;
  const last = `${String(year).padStart(4, '0')}-12-31`;
  if (to < first) return 'before';
  if (from > last) return 'after';
  return from >= first && to <= last ? 'within' : 'overlaps';
}
