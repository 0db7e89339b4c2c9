import { lazy, Suspense } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { PROCEDURE_PATH } from '../features/catalog/paths.ts';
import { ProcedureDetailPage } from '../features/catalog/ProcedureDetailPage.tsx';
import { SearchPage } from '../features/catalog/SearchPage.tsx';
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
        <KioskApp
          // TODO(issue 3): flushOutbox once the sync engine lands.
          requestSync={() => undefined}
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
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(APP_ROUTES);
}
