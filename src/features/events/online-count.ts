import type { ProvinceCode } from '../../domain/provinces.ts';
import type { LifeEvent } from '../../domain/life-events/schema.ts';
import { stepLevel, type CatalogueView } from './step-level.ts';

export interface OnlineCount {
  total: number;
  /** Steps whose first procedure is full-process online in the province (or nationally). */
  full: number;
  /** Steps whose first procedure's level is not known, or that are not in the catalogue. */
  unknown: number;
}

/**
 * "5 of 6 steps online in …" (issue 19, item 2). A step counts by its first procedure, the
 * usual case: the others are alternatives for some people (a foreign spouse, a company).
 */
export function countOnlineSteps(
  event: LifeEvent,
  province: ProvinceCode | undefined,
  catalogue: CatalogueView,
): OnlineCount {
  let full = 0;
  let unknown = 0;
  for (const step of event.steps) {
    const first = step.procedures[0];
    if (!first) continue;
    const level = stepLevel(first.code, province, catalogue);
    if (level.kind === 'missing' || level.level === 'unknown') unknown += 1;
    else if (level.level === 'full') full += 1;
  }
  return { total: event.steps.length, full, unknown };
}
