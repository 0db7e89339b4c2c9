import type { TFunction } from 'i18next';
import { PROVINCES } from '../../domain/provinces.ts';
import {
  isMeaningful,
  NATIONAL_KEY,
  UNSPECIFIED_KEY,
  type StatsDimension,
  type StatsGroup,
} from '../../domain/stats.ts';
import { formatMonth } from './format.ts';

/** A group as the charts and tables show it. */
export interface ShownGroup {
  key: string;
  name: string;
  group: StatsGroup;
  /** null = fewer than MIN_MEANINGFUL ratings: no percentage is shown. */
  rate: number | null;
}

export function groupName(
  by: StatsDimension | 'catalog',
  group: { key: string; label?: string },
  t: TFunction,
  locale: string,
): string {
  if (group.key === UNSPECIFIED_KEY) return t('group.unspecified');
  if (group.key === NATIONAL_KEY && by === 'catalog') return t('group.national');
  switch (by) {
    case 'province':
    case 'catalog': {
      const province = PROVINCES.find((p) => p.code === group.key);
      return province ? (locale.startsWith('vi') ? province.vi : province.en) : group.key;
    }
    case 'channel':
      return t(`channel.${group.key}`, { defaultValue: group.key });
    case 'month':
      return formatMonth(group.key, locale);
    case 'procedure':
      return group.label ? `${group.label} (${group.key})` : group.key;
    default:
      return group.key;
  }
}

export function shownGroups(
  by: StatsDimension,
  groups: readonly StatsGroup[],
  t: TFunction,
  locale: string,
): ShownGroup[] {
  return groups.map((group) => ({
    key: group.key,
    name: groupName(by, group, t, locale),
    group,
    rate: isMeaningful(group.total) ? group.satisfactionRate : null,
  }));
}

/** The groups with the most ratings (procedures and fields number in the thousands). */
export function topByRatings(groups: readonly ShownGroup[], limit: number): ShownGroup[] {
  return [...groups]
    .filter((g) => g.group.total > 0)
    .sort((a, b) => b.group.total - a.group.total || a.name.localeCompare(b.name))
    .slice(0, limit);
}
