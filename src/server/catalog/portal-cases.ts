import type { ProcedureCase, ProcessingTime } from '../../domain/procedure.ts';
import type { PortalDetail } from './portal-source.ts';

type CaseUnit = NonNullable<ProcedureCase['processingTime']>['unit'];

/** The portal's time units that we interpret; anything else (OTHER…) is not a unit to show. */
export const PORTAL_TIME_UNITS: Record<string, CaseUnit> = {
  WORKING_DAY: 'working_day',
  DAY: 'day',
  HOUR: 'hour',
  MONTH: 'month',
  YEAR: 'year',
};

/**
 * The detail's sub-cases with their times, once each (the portal often lists the same case
 * twice, once per code variant). Kept only when a method's time has no real unit: that is when
 * the page needs them (issue 11), and the catalogue every phone downloads stays small.
 */
export function procedureCases(
  detail: PortalDetail,
  times: readonly (ProcessingTime | undefined)[],
): ProcedureCase[] {
  if (!times.some((t) => t?.unit === 'other')) return [];
  const seen = new Set<string>();
  const result: ProcedureCase[] = [];
  for (const source of detail.cases) {
    if (!source.name) continue;
    const entry: ProcedureCase = { name: source.name };
    const qty = source.processingDay?.qty;
    const unit = PORTAL_TIME_UNITS[source.processingDay?.type?.toUpperCase() ?? ''];
    if (unit && typeof qty === 'number' && Number.isFinite(qty) && qty >= 0) {
      entry.processingTime = { value: qty, unit };
    }
    const key = JSON.stringify(entry);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(entry);
  }
  return result;
}
