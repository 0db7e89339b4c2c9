import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { STATS_PATH } from './filters.ts';

/** The header's way to the public dashboard. */
export function StatsNavLink() {
  const { t } = useTranslation('stats');
  return (
    <NavLink to={STATS_PATH} className="button button--header">
      {t('nav')}
    </NavLink>
  );
}
