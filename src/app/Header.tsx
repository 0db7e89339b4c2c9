import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataAsOf } from '../features/catalog/DataAsOf.tsx';
import { SEARCH_PATH } from '../features/catalog/paths.ts';
import { HeaderExtras, HeaderNav } from './HeaderExtras.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { ProvincePicker } from './ProvincePicker.tsx';

/**
 * Top row: app name, small status items (HeaderExtras) and the language switch, which must
 * stay findable by someone who cannot read the current language. Then the links to the main
 * sections, which wrap on a phone; last, where the data stands and the remembered province.
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
        <nav className="site-header__nav" aria-label={t('mainNav')}>
          <HeaderNav />
        </nav>
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
