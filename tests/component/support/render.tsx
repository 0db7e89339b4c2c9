import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { AppProviders } from '../../../src/app/AppProviders.tsx';
import { createI18n } from '../../../src/app/i18n.ts';
import { AppRoutes, preloadPages } from '../../../src/app/routes.tsx';
import { replaceCatalog } from '../../../src/db/catalog.ts';
import { DvcDatabase, replaceDatabase } from '../../../src/db/database.ts';
import type { Catalog } from '../../../src/domain/procedure.ts';
import type { Locale } from '../../../src/domain/rating.ts';
import { fakeCatalogServer, offlineFetch } from './catalog-server.ts';

export interface RenderOptions {
  /** Initial URL, e.g. "/procedures/1.001193" or "/?q=khai+sinh". Default "/". */
  route?: string;
  /** Language to start in; default: what the app itself would pick (hint, then Vietnamese). */
  language?: Locale;
  /** Reuse a database (to test what survives a reload); default: a fresh empty one. */
  db?: DvcDatabase;
  /** Stored on the device before the app starts (a returning visit). */
  storedCatalog?: Catalog;
  /** What GET /api/catalog serves; 'offline' = no network. Default: `storedCatalog` or offline. */
  server?: Catalog | 'offline';
  /** Replaces the fake server: a network of the test's own (slow, hanging, failing). */
  fetch?: typeof fetch;
  /** Keep localStorage (the language hint) from an earlier render in the same test. */
  keepLocalStorage?: boolean;
}

export interface RenderWithProvidersResult extends RenderResult {
  user: ReturnType<typeof userEvent.setup>;
  db: DvcDatabase;
  i18n: I18n;
  fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;
}

let dbCounter = 0;

/** A fresh, empty database over fake-indexeddb, installed as the app's database. */
export function freshDatabase(): DvcDatabase {
  dbCounter += 1;
  const db = new DvcDatabase(`test-${Date.now()}-${dbCounter}`);
  replaceDatabase(db);
  return db;
}

/**
 * Renders `ui` (default: the whole app's routes) with the router at `route`, i18n, the app's
 * providers and a real Dexie database over fake-indexeddb. Only fetch is stubbed.
 */
export async function renderWithProviders(
  ui: ReactElement = <AppRoutes />,
  options: RenderOptions = {},
): Promise<RenderWithProvidersResult> {
  const db = options.db ?? freshDatabase();
  replaceDatabase(db);
  if (!options.keepLocalStorage) localStorage.clear();
  if (options.storedCatalog)
    await replaceCatalog(options.storedCatalog, etagOf(options.storedCatalog));

  const served = options.server ?? options.storedCatalog ?? 'offline';
  const fetchMock = vi.fn<typeof fetch>(
    options.fetch ?? (served === 'offline' ? offlineFetch : fakeCatalogServer(served).fetch),
  );
  vi.stubGlobal('fetch', fetchMock);

  // The app loads its screens lazily; loaded up front here they render at once, as before.
  await preloadPages();
  const i18n = createI18n(options.language);
  const user = userEvent.setup();
  const result = render(
    <MemoryRouter initialEntries={[options.route ?? '/']}>
      <AppProviders i18n={i18n}>{ui}</AppProviders>
    </MemoryRouter>,
  );
  return { ...result, user, db, i18n, fetchMock };
}

export function etagOf(catalog: Catalog): string {
  return `"catalog-v${catalog.version}"`;
}
