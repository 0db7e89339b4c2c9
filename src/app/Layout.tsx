import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { Header } from './Header.tsx';
import { UpdatePrompt } from './pwa/UpdatePrompt.tsx';

/**
 * Page frame: skip link, header, main landmark. After a route change (not a query-string
 * change: typing in the search box must keep focus) focus moves to the new page's h1, so a
 * screen-reader user hears where they landed and a keyboard user starts from the top.
 */
export function Layout() {
  const { t } = useTranslation('common');
  const { pathname } = useLocation();
  const isFirstRender = useRef(true);

  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    document.querySelector<HTMLElement>('#main h1')?.focus();
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <Header />
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
      <UpdatePrompt />
    </>
  );
}
