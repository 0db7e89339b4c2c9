import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { DataAsOf } from '../features/catalog/DataAsOf.tsx';
import { SEARCH_PATH } from '../features/catalog/paths.ts';
import { HeaderExtras, HeaderNav } from './HeaderExtras.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { ProvincePicker } from './ProvincePicker.tsx';

/**
 * On a phone the header is two rows of 44 px targets (about 116 px at 360×800), so a query's
 * first result shows without scrolling: the name, status items, the language switch (findable
 * by someone who cannot read the current language) and a menu button; then the remembered
 * province. The menu holds the section links, the tagline and where the data stands. From
 * 48rem up there is room for all of it, the menu button goes and everything is shown.
 */
export function Header() {
  const { t } = useTranslation('common');
  const menuId = useId();
  const [isMenuOpen, setMenuOpen] = useState(false);
  const { pathname, search } = useLocation();

  // A link followed from the menu lands on a page with the menu closed.
  useEffect(() => setMenuOpen(false), [pathname, search]);

  useEffect(() => {
    if (!isMenuOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setMenuOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [isMenuOpen]);

  return (
    <header className="site-header">
      <div className="site-header__inner">
        <div className="site-header__top">
          <Link to={SEARCH_PATH} className="site-header__name">
            {t('app.shortName')}
            {/* A flex item drops a leading space: keep it with a no-break space. */}
            <span className="site-header__name-tail">{`\u00a0— ${t('app.nameTail')}`}</span>
          </Link>
          <div className="site-header__tools">
            <HeaderExtras />
            <LanguageSwitch />
            <button
              type="button"
              className="button button--header site-header__menu-button"
              aria-expanded={isMenuOpen}
              aria-controls={menuId}
              onClick={() => setMenuOpen((open) => !open)}
            >
              {t('menu')}
            </button>
          </div>
        </div>
        <div className="site-header__province">
          <ProvincePicker />
        </div>
        <div
          id={menuId}
          className={`site-header__menu${isMenuOpen ? ' site-header__menu--open' : ''}`}
        >
          <nav className="site-header__nav" aria-label={t('mainNav')}>
            <HeaderNav />
          </nav>
          <div className="site-header__meta">
            <div>
              <p className="site-header__tagline">{t('app.tagline')}</p>
              <DataAsOf />
            </div>
          </div>
        </div>
      </div>
    </header>
  );
}
