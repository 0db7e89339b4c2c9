import type { CatalogFilters } from '../../domain/catalog-filters.ts';
import { ONLINE_LEVELS } from '../../domain/online-level.ts';
import { GOVERNMENT_LEVELS } from '../../domain/procedure-values.ts';
import { PROVINCE_CODES, type ProvinceCode } from '../../domain/provinces.ts';

/**
 * Search state lives in the URL (shareable, the back button works). Anything a person or an
 * old link puts there is validated: an unknown value is ignored, never a crash.
 */
export const PARAM = {
  query: 'q',
  level: 'level',
  field: 'field',
  gov: 'gov',
  province: 'province',
} as const;

/** `province=all` = the whole country chosen explicitly (over the remembered province). */
export const ALL_PROVINCES = 'all';

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

/**
 * @param knownFields fields in the stored catalogue; undefined while it loads (keep the value).
 * @param rememberedProvince used when the URL does not name a province.
 */
export function parseFilters(
  params: URLSearchParams,
  knownFields: readonly string[] | undefined,
  rememberedProvince: ProvinceCode | undefined,
): CatalogFilters {
  const filters: CatalogFilters = {};
  const level = oneOf(ONLINE_LEVELS, params.get(PARAM.level));
  if (level) filters.level = level;
  const gov = oneOf(GOVERNMENT_LEVELS, params.get(PARAM.gov));
  if (gov) filters.gov = gov;
  const field = params.get(PARAM.field);
  if (field && (!knownFields || knownFields.includes(field))) filters.field = field;
  const provinceParam = params.get(PARAM.province);
  const province =
    provinceParam === ALL_PROVINCES
      ? undefined
      : (oneOf(PROVINCE_CODES, provinceParam) ?? rememberedProvince);
  if (province) filters.province = province;
  return filters;
}
