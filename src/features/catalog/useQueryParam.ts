import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useLatestSearchParams, useUpdateSearchParams } from './useUpdateSearchParams.ts';

/**
 * A search box's text, kept in the URL (`?q=…`). The box keeps its own state so a keystroke never
 * waits on a navigation: the router renders navigations in a transition, and an input controlled
 * by the URL alone is reset to its last rendered value after each keystroke, losing the ones
 * typed before that render. The URL follows with replace (one history entry per search, not per
 * keystroke).
 */
export function useQueryParam(name: string): [string, (value: string) => void] {
  const [params] = useSearchParams();
  const latestParams = useLatestSearchParams();
  const updateParams = useUpdateSearchParams();
  const urlValue = params.get(name) ?? '';
  const [value, setValue] = useState(urlValue);
  const lastWritten = useRef(urlValue);

  useEffect(() => {
    // Only an outside change (back button, a shared link) overrides what is being typed, and
    // only once the render has caught up with the history: a render of our own older write
    // (keystrokes ahead of it) is not one.
    const isCaughtUp = (latestParams().get(name) ?? '') === urlValue;
    if (isCaughtUp && urlValue !== lastWritten.current) {
      lastWritten.current = urlValue;
      setValue(urlValue);
    }
  }, [name, urlValue, latestParams]);

  const onChange = useCallback(
    (next: string) => {
      setValue(next);
      lastWritten.current = next;
      updateParams((draft) => (next ? draft.set(name, next) : draft.delete(name)), {
        replace: true,
      });
    },
    [name, updateParams],
  );
  return [value, onChange];
}
