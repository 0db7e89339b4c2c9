/** Pure rules of the service worker, kept apart so unit tests can check them without a worker. */

/** Every path the server answers as API. Never cached, never answered with index.html. */
export const API_PATH = /^\/api(\/|$)/;

export function isApiPath(pathname: string): boolean {
  return API_PATH.test(pathname);
}

/** The message the page posts (workbox-window's `messageSkipWaiting`) to accept an update. */
export const SKIP_WAITING_MESSAGE = { type: 'SKIP_WAITING' } as const;

export function isSkipWaitingMessage(data: unknown): boolean {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === SKIP_WAITING_MESSAGE.type
  );
}
