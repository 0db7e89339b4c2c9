import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataAsOf } from '../features/catalog/DataAsOf.tsx';
import { SEARCH_PATH } from '../features/catalog/paths.ts';
import { HeaderExtras } from './HeaderExtras.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { ProvincePicker } from './ProvincePicker.tsx';

/**
 * Top row: app name, other features' items (HeaderExtras) and the language switch, which must
 * stay findable by someone who cannot read the current language. Second row: where the data
 * stands and which province the device remembers.
 */
export function Header() {
  const { t } = useTranslation('common');
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <div className="site-header__top">
          <Link to={SEARCH_PATH} className="site-header__name">
            {t('app.name')}
          </Link>
          <div className="site-header__tools">
            <HeaderExtras />
            <LanguageSwitch />
          </div>
        </div>
        <div className="site-header__meta">
          <div>
            <p className="site-header__tagline">{t('app.tagline')}</p>
            <DataAsOf />
          </div>
          <ProvincePicker />
        </div>
      </div>
    </header>
  );
}
