import type { TFunction } from 'i18next';
import { PROVINCES } from '../../domain/provinces.ts';
import { figureStateOf } from '../../domain/stats.ts';
import type { StatsFilters } from './filters.ts';
import { formatDay, formatPercent } from './format.ts';

/**
 * What the figures on screen are about, in words: the place, then each other filter in force
 * (issue 18: with province = Hồ Chí Minh and channel = kiosk the headline still said "Cả nước").
 * The headline, every section and the tab title name it, so a screenshot says what it shows.
 */
export function scopeOf(
  filters: StatsFilters,
  t: TFunction<'stats'>,
  lang: string,
  procedureName?: string,
): string {
  const province = PROVINCES.find((p) => p.code === filters.province);
  const parts = [
    province ? (lang.startsWith('vi') ? province.vi : province.en) : t('scope.national'),
  ];
  if (filters.channel)
    parts.push(t(`channel.${filters.channel}`, { defaultValue: filters.channel }));
  if (filters.procedure) {
    parts.push(procedureName ? `${procedureName} (${filters.procedure})` : filters.procedure);
  }
  return parts.join(' · ');
}

/** "from 1 Dec 2025 to 1 Dec 2026", in the active language. */
export function periodOf(
  period: { from: string; to: string },
  t: TFunction<'stats'>,
  lang: string,
): string {
  return t('scope.period', { from: formatDay(period.from, lang), to: formatDay(period.to, lang) });
}

/**
 * One wording per state, everywhere a group's rate is written (bars, tables, headline):
 * no ratings / fewer than MIN_MEANINGFUL / the rate.
 */
export function rateWording(
  figure: { total: number; satisfactionRate: number | null },
  t: TFunction<'stats'>,
  lang: string,
): string {
  const state = figureStateOf(figure.total);
  if (state === 'none') return t('state.none');
  if (state === 'few' || figure.satisfactionRate === null) return t('state.few');
  return formatPercent(figure.satisfactionRate, lang);
}
