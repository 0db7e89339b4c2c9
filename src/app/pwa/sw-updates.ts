import { Workbox } from 'workbox-window';

/** The part of workbox-window's `Workbox` this module uses (a fake stands in for it in tests). */
export interface ServiceWorkerClient {
  addEventListener(type: 'waiting' | 'controlling', listener: () => void): void;
  register(): Promise<unknown>;
  update(): Promise<unknown>;
  /** Posts {type: 'SKIP_WAITING'} to the waiting worker (src/sw/sw.ts listens for it). */
  messageSkipWaiting(): void;
}

/** How often a long-open page (a kiosk runs for days) asks the server for a new version. */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Knows whether a new version of the app waits to take over, and applies it on request.
 *
 * The service worker never activates a new version by itself (DESIGN.md §5): a citizen is asked
 * first (`<UpdatePrompt />`), and a kiosk applies it only between two citizens.
 */
export class ServiceWorkerUpdates {
  private waiting = false;
  private applying = false;
  private client: ServiceWorkerClient | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly reload: () => void = () => window.location.reload()) {}

  /** Starts listening to a registered (or about to be registered) service worker. */
  attach(client: ServiceWorkerClient): void {
    this.client = client;
    // Also fires at start when a worker was already waiting from an earlier visit.
    client.addEventListener('waiting', () => this.setWaiting(true));
    client.addEventListener('controlling', () => {
      // Reload only when this page asked: a page reloading by itself could lose what a citizen
      // is typing.
      if (this.applying) this.reload();
    });
  }

  isUpdateWaiting = (): boolean => this.waiting;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Lets the waiting version take over; the page reloads once it controls the page.
   * Returns false when there is nothing to apply.
   */
  applyUpdate = (): boolean => {
    if (!this.waiting || !this.client) return false;
    this.applying = true;
    this.client.messageSkipWaiting();
    return true;
  };

  /** Asks the server whether a newer service worker exists (it then installs and waits). */
  checkForUpdate = async (): Promise<void> => {
    try {
      await this.client?.update();
    } catch {
      // Offline or server down: the next check will try again.
    }
  };

  private setWaiting(value: boolean): void {
    if (this.waiting === value) return;
    this.waiting = value;
    for (const listener of this.listeners) listener();
  }
}

/**
 * The page's one instance: there is one service worker registration per page, and the update
 * prompt and the kiosk must see the same "update waiting" state.
 */
export const serviceWorkerUpdates = new ServiceWorkerUpdates();

/**
 * Registers /sw.js in production builds (the dev server has no built worker). Checks for a new
 * version when the page becomes visible again and every hour while it stays open.
 */
export function registerServiceWorker(updates = serviceWorkerUpdates): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const workbox = new Workbox('/sw.js', { scope: '/' });
  updates.attach(workbox);
  void workbox.register().catch((error: unknown) => {
    // Not fatal: the app works online without a worker; only offline use is lost.
    console.warn('Service worker registration failed', error);
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void updates.checkForUpdate();
  });
  setInterval(() => void updates.checkForUpdate(), UPDATE_CHECK_INTERVAL_MS);
}
