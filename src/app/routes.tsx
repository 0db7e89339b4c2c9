import { lazy, Suspense } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { PROCEDURE_PATH } from '../features/catalog/paths.ts';
import { ProcedureDetailPage } from '../features/catalog/ProcedureDetailPage.tsx';
import { SearchPage } from '../features/catalog/SearchPage.tsx';
import { OutboxPage } from '../features/outbox/OutboxPage.tsx';
import { OutboxSync } from '../features/outbox/OutboxSync.tsx';
import { OUTBOX_PATH } from '../features/outbox/paths.ts';
import { requestOutboxSync } from '../features/outbox/sync-triggers.ts';
import {
  RATE_ENTRY_PATH,
  RATE_PROCEDURE_PATH,
  RATING_SAVED_PATH,
} from '../features/rating/paths.ts';
import { RateEntryPage } from '../features/rating/RateEntryPage.tsx';
import { RatePage } from '../features/rating/RatePage.tsx';
import { RatingSavedPage } from '../features/rating/RatingSavedPage.tsx';
import { STATS_PATH } from '../features/stats/filters.ts';
import { StatsPage } from '../features/stats/StatsPage.tsx';
import { serviceWorkerUpdates } from './pwa/sw-updates.ts';
import { Layout } from './Layout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

// Loaded only on kiosk tablets; the service worker precaches the chunk for offline use.
const KioskApp = lazy(() =>
  import('../features/kiosk/KioskApp.tsx').then((module) => ({ default: module.KioskApp })),
);

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
          requestSync={() => void requestOutboxSync({ force: true, waitForTurn: true })}
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
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(APP_ROUTES);
}
