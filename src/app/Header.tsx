import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataAsOf } from '../features/catalog/DataAsOf.tsx';
import { SEARCH_PATH } from '../features/catalog/paths.ts';
import { HeaderExtras } from './HeaderExtras.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { ProvincePicker } from './ProvincePicker.tsx';

export function Header() {
  const { t } = useTranslation('common');
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <div className="site-header__brand">
          <Link to={SEARCH_PATH} className="site-header__name">
            {t('app.name')}
          </Link>
          <p className="site-header__tagline">{t('app.tagline')}</p>
          <DataAsOf />
        </div>
        <div className="site-header__tools">
          <ProvincePicker />
          <HeaderExtras />
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
