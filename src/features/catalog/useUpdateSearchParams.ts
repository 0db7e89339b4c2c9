import { useCallback, useContext } from 'react';
import { UNSAFE_NavigationContext, useLocation, useNavigate, type Location } from 'react-router';

type UrlPlace = Pick<Location, 'pathname' | 'search'>;

/**
 * Changes `params` in place, returns new params to use instead, or `false` for "no change".
 */
export type SearchParamsChange = (params: URLSearchParams) => URLSearchParams | false | void;

export type UpdateSearchParams = (
  change: SearchParamsChange,
  options?: { replace?: boolean },
) => void;

/**
 * Where the history is now. BrowserRouter and MemoryRouter navigate through a history object that
 * updates its `location` synchronously on every navigation, but re-render inside a transition, so
 * useLocation() (and react-router's own setSearchParams, whose `prev` is that render's params)
 * lags behind until the transition commits: two writes before it lose the first (react-router
 * issues #9757 and #11752; use-query-params' adapter reads the navigator for the same reason).
 * Not a public field: without it (another kind of router) this falls back to the render's.
 */
function historyPlace(navigator: unknown, basename: string): UrlPlace | undefined {
  if (typeof navigator !== 'object' || navigator === null || !('location' in navigator)) return;
  const { location } = navigator;
  if (typeof location !== 'object' || location === null) return;
  if (!('pathname' in location) || typeof location.pathname !== 'string') return;
  if (!('search' in location) || typeof location.search !== 'string') return;
  const pathname =
    basename !== '/' && location.pathname.startsWith(basename)
      ? location.pathname.slice(basename.length) || '/'
      : location.pathname;
  return { pathname, search: location.search };
}

/** The history's location now, or the rendered one when the router does not expose it. */
function useCurrentPlace(): () => UrlPlace {
  const { navigator, basename } = useContext(UNSAFE_NavigationContext);
  const { pathname, search } = useLocation();
  return useCallback(
    () => historyPlace(navigator, basename) ?? { pathname, search },
    [navigator, basename, pathname, search],
  );
}

/** Reads the URL's search params as they are now, written but not yet rendered ones included. */
export function useLatestSearchParams(): () => URLSearchParams {
  const currentPlace = useCurrentPlace();
  return useCallback(() => new URLSearchParams(currentPlace().search), [currentPlace]);
}

/**
 * The one way to write search state to the URL (issue 20): each change is applied to the URL as
 * it is at that moment, including writes not yet rendered, so changes made in quick succession
 * (a filter, then typing) all land, in order, whatever the timing.
 *
 * @param path the screen whose URL this writes (default: the rendered one). A write made once the
 *   history is on another screen is dropped: it must not pull the user back.
 */
export function useUpdateSearchParams(path?: string): UpdateSearchParams {
  const currentPlace = useCurrentPlace();
  const navigate = useNavigate();
  const renderedPath = useLocation().pathname;
  const ownPath = path ?? renderedPath;

  return useCallback(
    (change, options) => {
      const now = currentPlace();
      if (now.pathname !== ownPath) return;
      const current = new URLSearchParams(now.search);
      const changed = new URLSearchParams(current);
      const result = change(changed);
      if (result === false) return;
      const next = result ?? changed;
      // No history entry for a change that changes nothing.
      if (next.toString() === current.toString()) return;
      void navigate(
        { pathname: ownPath, search: next.toString() },
        { replace: options?.replace ?? false },
      );
    },
    [currentPlace, navigate, ownPath],
  );
}
