/// <reference lib="webworker" />
/**
 * The service worker (vite-plugin-pwa `injectManifest`, DESIGN.md §5).
 *
 * - The app shell (everything Vite emitted) is precached, so after one visit the app starts with
 *   no network at all.
 * - Page navigations fall back to the precached index.html (the SPA decides the route), but never
 *   under /api/: an API answer that is secretly an HTML page would be parsed as a catalogue.
 * - /api/ is network only. Offline the request simply fails; the client keeps its catalogue and
 *   its outbox in IndexedDB and knows what to do with a network error.
 * - Updates wait for the page: the new worker installs, then waits until the page posts
 *   {type: 'SKIP_WAITING'} (the update prompt, or the kiosk between two citizens).
 */
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import { API_PATH, isApiPath, isSkipWaitingMessage } from './sw-rules.ts';

declare const self: ServiceWorkerGlobalScope;

self.addEventListener('message', (event) => {
  if (isSkipWaitingMessage(event.data)) void self.skipWaiting();
});

// Registered first so that no later route (precache, navigation, runtime caches) can ever
// answer an API request.
registerRoute(({ url, sameOrigin }) => sameOrigin && isApiPath(url.pathname), new NetworkOnly());

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [API_PATH] }));

// Once the (first or newly accepted) worker activates, it takes over open pages at once, so the
// very first visit is already offline-capable without a second reload.
clientsClaim();

// ── Background Sync for the ratings outbox goes here ──────────────────────────────────────────
// The outbox helper adds src/sw/background-sync.ts; import it here with
//   import './background-sync.ts';
// (it is an extra only: Safari and Firefox have no Background Sync, the page syncs too).
import './background-sync.ts';
