import type { ProcedureCase, ProcessingTime } from '../../domain/procedure.ts';

type RealUnit = NonNullable<ProcedureCase['processingTime']>['unit'];

/**
 * How a method's processing time is shown. The portal's unit OTHER means "see the cases"
 * (DESIGN.md §1): never shown as a code, it becomes the per-case times when the source has
 * them, else "depends on the case" with the source's own words (issue 11, item 2).
 */
export type TimeDisplay =
  | { kind: 'none' }
  /** A number with a real unit; `fromCases` when every sub-case gives that same time. */
  /** `isCurated` when the unit is our seed's, the source giving the number alone. */
  | {
      kind: 'unit';
      value: number;
      unit: RealUnit;
      note?: string;
      fromCases?: boolean;
      isCurated?: boolean;
    }
  | { kind: 'cases'; cases: readonly ProcedureCase[]; note?: string }
  /** "Depends on the case", with the source's text, or its bare number that has no unit. */
  | { kind: 'byCase'; text?: string; value?: number }
  /** The source's own words where it gave no number (with a real unit). */
  | { kind: 'words'; text: string };

export function describeTime(
  time: ProcessingTime | undefined,
  cases: readonly ProcedureCase[] = [],
): TimeDisplay {
  if (!time) return { kind: 'none' };
  const note = time.note ? { note: time.note } : {};
  if (time.unit !== 'other') {
    if (time.value !== null) return { kind: 'unit', value: time.value, unit: time.unit, ...note };
    return time.note ? { kind: 'words', text: time.note } : { kind: 'none' };
  }
  const timed = cases.filter((c) => c.processingTime !== undefined);
  if (timed.length > 0) {
    const distinct = new Set(timed.map((c) => JSON.stringify(c.processingTime)));
    const only = timed[0]?.processingTime;
    // Every case takes the same time: that time is the answer, a list would only repeat it.
    if (distinct.size === 1 && timed.length === cases.length && only) {
      return { kind: 'unit', ...only, fromCases: true, ...note };
    }
    return { kind: 'cases', cases, ...note };
  }
  if (time.note) return { kind: 'byCase', text: time.note };
  if (time.curated) return { kind: 'unit', ...time.curated, isCurated: true };
  return time.value !== null ? { kind: 'byCase', value: time.value } : { kind: 'byCase' };
}
