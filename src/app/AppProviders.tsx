import { useEffect, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { CatalogProvider } from '../features/catalog/CatalogProvider.tsx';
import { restoreLocale } from './language.ts';

/**
 * Everything a screen needs around it except the router: main.tsx puts these inside a
 * BrowserRouter, tests inside a MemoryRouter at the URL they need.
 */
export function AppProviders({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  useEffect(() => {
    void restoreLocale(i18n);
  }, [i18n]);
  return (
    <I18nextProvider i18n={i18n}>
      <CatalogProvider>{children}</CatalogProvider>
    </I18nextProvider>
  );
}
