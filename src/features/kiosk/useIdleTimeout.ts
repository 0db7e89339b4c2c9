import { useEffect, useRef } from 'react';

const ACTIVITY_EVENTS = ['pointerdown', 'click', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` after `ms` without a touch or key anywhere in the document. The timer restarts
 * on every activity; `enabled` false stops it (nothing to clear on the start screen).
 */
export function useIdleTimeout(ms: number, onIdle: () => void, enabled = true): void {
  const callback = useRef(onIdle);
  useEffect(() => {
    callback.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (!enabled) return undefined;
    let timer = setTimeout(() => callback.current(), ms);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => callback.current(), ms);
    };
    for (const type of ACTIVITY_EVENTS) {
      document.addEventListener(type, restart, { capture: true, passive: true });
    }
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY_EVENTS) document.removeEventListener(type, restart, true);
    };
  }, [ms, enabled]);
}
