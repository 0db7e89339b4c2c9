import type { BenchContext } from './context.ts';

/** What one bench figure is, how it is judged, and what a run found. */

export type Unit = 'ms' | 's' | 'KB' | 'MB' | 'ratings/s' | 'score';

export interface RowSpec {
  id: string;
  group: string;
  label: string;
  unit: Unit;
  /** Undefined = the issue sets no budget for this figure (shown for information). */
  budget?: number;
  /** 'max' = the figure must stay at or under the budget; 'min' = at or over it. */
  budgetKind: 'max' | 'min';
}

export type RowStatus = 'measured' | 'error' | 'not measured' | 'skipped';

export interface RowResult extends RowSpec {
  status: RowStatus;
  /** One value per run, in the row's unit. */
  runs: number[];
  median?: number;
  min?: number;
  max?: number;
  met?: boolean;
  /** How it was measured, or why it was not (error message, skip reason). */
  note?: string;
}

/** Thrown by a bench module when a part of the app it needs has not landed or is absent. */
export class NotMeasured extends Error {
  constructor(
    message: string,
    readonly status: 'not measured' | 'skipped' = 'not measured',
  ) {
    super(message);
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Nearest-rank percentile (p in 0…100). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

export function summarise(spec: RowSpec, runs: readonly number[], note?: string): RowResult {
  const m = median(runs);
  return {
    ...spec,
    status: 'measured',
    runs: [...runs],
    median: m,
    min: Math.min(...runs),
    max: Math.max(...runs),
    ...(spec.budget === undefined
      ? {}
      : { met: spec.budgetKind === 'max' ? m <= spec.budget : m >= spec.budget }),
    ...(note ? { note } : {}),
  };
}

export function unmeasured(spec: RowSpec, status: Exclude<RowStatus, 'measured'>, note: string) {
  return { ...spec, status, runs: [], note } satisfies RowResult;
}

/** A module records its rows through this; rows it never records get its error. */
export type Recorder = (
  id: string,
  runs: readonly number[] | { status: Exclude<RowStatus, 'measured'>; note: string },
  note?: string,
) => void;

/** One measurement area: the rows it promises, and how to fill them. */
export interface BenchModule {
  name: string;
  rows: readonly RowSpec[];
  run(ctx: BenchContext, record: Recorder): Promise<void>;
}

/**
 * Runs one part of a module; if it throws, its rows get the error (or the not-measured reason)
 * and the module goes on with its other parts.
 */
export async function guarded(
  record: Recorder,
  ids: readonly string[],
  part: () => Promise<void>,
): Promise<void> {
  try {
    await part();
  } catch (error) {
    const status = error instanceof NotMeasured ? error.status : 'error';
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`  ${status}: ${message}\n`);
    for (const id of ids) record(id, { status, note: message.split('\n')[0] ?? message });
  }
}
