import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { RATE_ENTRY_PATH } from './paths.ts';

/** The header's way to rate a service without first looking the procedure up. */
export function RateNavLink() {
  const { t } = useTranslation('rating');
  return (
    <NavLink to={RATE_ENTRY_PATH} className="button button--header">
      {t('nav')}
    </NavLink>
  );
}
