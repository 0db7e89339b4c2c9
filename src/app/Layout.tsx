import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { Header } from './Header.tsx';
import { UpdatePrompt } from './pwa/UpdatePrompt.tsx';

/**
 * Page frame: skip link, header, main landmark. After a route change (not a query-string
 * change: typing in the search box must keep focus) focus moves to the new page's h1, so a
 * screen-reader user hears where they landed and a keyboard user starts from the top (once the
 * screen has loaded, for the screens split into their own chunk).
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
    return focusHeadingWhenShown();
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
      {/* Issue 11, item 10: a citizen must not take this app for the state's own channel. */}
      <footer className="site-footer">
        <p>{t('footer.notPortal')}</p>
      </footer>
      <UpdatePrompt />
    </>
  );
}

/**
 * Focuses the page's h1, waiting for it when the screen's chunk is still loading (lazy routes).
 * Returns the clean-up for the effect.
 */
function focusHeadingWhenShown(): (() => void) | undefined {
  const main = document.getElementById('main');
  const heading = () => main?.querySelector<HTMLElement>('h1');
  const now = heading();
  if (now || !main) {
    now?.focus();
    return undefined;
  }
  const observer = new MutationObserver(() => {
    const shown = heading();
    if (!shown) return;
    observer.disconnect();
    shown.focus();
  });
  observer.observe(main, { childList: true, subtree: true });
  return () => observer.disconnect();
}
