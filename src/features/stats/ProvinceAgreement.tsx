import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PROVINCES } from '../../domain/provinces.ts';
import { useChosenProvince } from '../catalog/useChosenProvince.ts';
import { filtersQuery, STATS_PATH, type StatsFilters } from './filters.ts';

/**
 * The header remembers a province for the whole app; the dashboard's filter is the URL's, so a
 * shared link shows what it says. When the two differ the page says so, and offers the
 * header's province in one step (issue 18: they disagreed on one page without a word).
 */
export function ProvinceAgreement({ filters }: { filters: StatsFilters }) {
  const { t, i18n } = useTranslation('stats');
  const { isLoaded, province } = useChosenProvince();
  if (!isLoaded || !province || province === filters.province) return null;
  const name = (code: string | undefined) => {
    const found = PROVINCES.find((p) => p.code === code);
    if (!found) return t('scope.national');
    return i18n.language.startsWith('vi') ? found.vi : found.en;
  };
  const href = `${STATS_PATH}?${filtersQuery({ ...filters, province }).toString()}`;
  return (
    <p className="note stats-province-note">
      {t('provinceNote.differs', { chosen: name(province), shown: name(filters.province) })}{' '}
      <Link to={href}>{t('provinceNote.show', { chosen: name(province) })}</Link>
    </p>
  );
}
