import { lazy, Suspense } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { PROCEDURE_PATH } from '../features/catalog/paths.ts';
import { LIFE_EVENT_PATH, LIFE_EVENTS_PATH } from '../features/events/paths.ts';
import { SearchPage } from '../features/catalog/SearchPage.tsx';
import { OutboxSync } from '../features/outbox/OutboxSync.tsx';
import { OUTBOX_PATH } from '../features/outbox/paths.ts';
import {
  RATE_ENTRY_PATH,
  RATE_PROCEDURE_PATH,
  RATING_SAVED_PATH,
} from '../features/rating/paths.ts';
import { STATS_PATH } from '../features/stats/filters.ts';
import { serviceWorkerUpdates } from './pwa/sw-updates.ts';
import { lazyPage } from './lazy-page.tsx';
import { Layout } from './Layout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

// Loaded only on kiosk tablets; the service worker precaches the chunk for offline use.
const KioskApp = lazy(() =>
  import('../features/kiosk/KioskApp.tsx').then((module) => ({ default: module.KioskApp })),
);

// Screens other than search load on first use (the first screen's JS stays small) and are
// preloaded once the browser is idle; the service worker precaches their chunks for offline use.
const ProcedureDetailPage = lazyPage(() =>
  import('../features/catalog/ProcedureDetailPage.tsx').then((m) => m.ProcedureDetailPage),
);
const StatsPage = lazyPage(() =>
  import('../features/stats/StatsPage.tsx').then((m) => m.StatsPage),
);
const RateEntryPage = lazyPage(() =>
  import('../features/rating/RateEntryPage.tsx').then((m) => m.RateEntryPage),
);
const RatePage = lazyPage(() => import('../features/rating/RatePage.tsx').then((m) => m.RatePage));
const RatingSavedPage = lazyPage(() =>
  import('../features/rating/RatingSavedPage.tsx').then((m) => m.RatingSavedPage),
);
const OutboxPage = lazyPage(() =>
  import('../features/outbox/OutboxPage.tsx').then((m) => m.OutboxPage),
);

const LifeEventsPage = lazyPage(() =>
  import('../features/events/LifeEventsPage.tsx').then((m) => m.LifeEventsPage),
);
const LifeEventPage = lazyPage(() =>
  import('../features/events/LifeEventPage.tsx').then((m) => m.LifeEventPage),
);

const LAZY_PAGES = [
  ProcedureDetailPage,
  StatsPage,
  RateEntryPage,
  RatePage,
  RatingSavedPage,
  OutboxPage,
  LifeEventsPage,
  LifeEventPage,
];

/** Loads every lazily split screen (tests: so screens render synchronously as before). */
export async function preloadPages(): Promise<void> {
  await Promise.all(LAZY_PAGES.map((page) => page.preload()));
}

/** After the first screen is up, fetch the other screens' chunks while the browser is idle. */
export function preloadPagesWhenIdle(): void {
  const idle =
    globalThis.requestIdleCallback ??
    ((callback: () => void) => globalThis.setTimeout(callback, 2_000));
  idle(() => {
    // A failure here (offline, no precache yet) is retried when the screen is visited.
    preloadPages().catch(() => undefined);
  });
}

/**
 * The app's route table. A feature adds its screens as children of the layout, one line each
 * (e.g. `{ path: '/procedures/:code/rate', element: <RatePage /> }`); keep the catch-all last.
 */
export const APP_ROUTES: RouteObject[] = [
  // Kiosk mode (issue 5) sits outside the layout: no header, no way out but the staff panel.
  {
    path: '/kiosk/*',
    element: (
      <Suspense>
        <OutboxSync />
        <KioskApp
          requestSync={() =>
            void import('../features/outbox/sync-triggers.ts').then(({ requestOutboxSync }) =>
              requestOutboxSync({ force: true, waitForTurn: true }),
            )
          }
          applyPendingUpdate={() => void serviceWorkerUpdates.applyUpdate()}
        />
      </Suspense>
    ),
  },
  {
    element: <Layout />,
    children: [
      { index: true, element: <SearchPage /> },
      { path: PROCEDURE_PATH, element: <ProcedureDetailPage /> },
      { path: STATS_PATH, element: <StatsPage /> },
      { path: RATE_ENTRY_PATH, element: <RateEntryPage /> },
      { path: RATE_PROCEDURE_PATH, element: <RatePage /> },
      { path: RATING_SAVED_PATH, element: <RatingSavedPage /> },
      { path: OUTBOX_PATH, element: <OutboxPage /> },
      { path: LIFE_EVENTS_PATH, element: <LifeEventsPage /> },
      { path: LIFE_EVENT_PATH, element: <LifeEventPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(APP_ROUTES);
}
