import type { OnlineLevel } from './online-level.ts';
import type { ProcedureEntry } from './catalog-delta.ts';
import type { GovernmentLevel } from './procedure-values.ts';
import type { ProvinceCode } from './provinces.ts';

/**
 * The filters of the catalogue search, applied after the index ranks: the search page and the
 * operators' `catalog:search` command both use this, so an operator sees what a citizen gets.
 */
export interface CatalogFilters {
  level?: OnlineLevel;
  field?: string;
  gov?: GovernmentLevel;
  province?: ProvinceCode;
}

export function applyFilters<T extends ProcedureEntry>(
  list: readonly T[],
  filters: CatalogFilters,
): T[] {
  return list.filter(
    (p) =>
      (!filters.level || p.onlineLevel === filters.level) &&
      (!filters.gov || p.governmentLevels.includes(filters.gov)) &&
      (!filters.field || p.fields.includes(filters.field)) &&
      // A province sees every national procedure plus its own, not other provinces' own.
      (!filters.province || !p.province || p.province === filters.province),
  );
}
