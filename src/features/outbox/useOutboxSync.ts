import { useCallback, useEffect, useRef, useState } from 'react';
import { useNextDueAt } from '../../db/hooks-outbox.ts';
import { backoffDelay } from './backoff.ts';
import type { FlushOptions } from './flush-engine.ts';

/** How long to wait before trying again while another tab or the worker holds the lock. */
const BUSY_RETRY_MS = 5_000;
/** setTimeout's largest delay; a later due time is simply re-armed when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/**
 * Timers and Date.now are different clocks: a timer may fire a little before the due time by
 * Date.now, and then finds nothing due. Aim a little late, and re-arm after every flush anyway.
 */
const TIMER_MARGIN_MS = 25;

/**
 * The page's sync triggers (DESIGN.md §5): app start, the `online` event, the page becoming
 * visible, and a timer at the next due time while ratings wait. Mounted once per page.
 */
export function useOutboxSync(): void {
  const nextDue = useNextDueAt();
  // After a failed or refused flush: no timer before this, even for items already due.
  const [wakeAt, setWakeAt] = useState(0);
  // Bumped after every flush, so the timer is armed again from what is still due even when
  // neither nextDue nor wakeAt changed (a flush that found nothing due yet).
  const [flushes, setFlushes] = useState(0);
  const failures = useRef(0);
  // A sync outlives the page's header when it unmounts mid-flush (the engine is imported on
  // first use, so even the first one can end late): its answer then has no state to update.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const sync = useCallback(async (options: FlushOptions = {}) => {
    // The flush engine (and zod, for the server's answers) loads when a sync first runs, after
    // the first screen is up.
    const { requestOutboxSync } = await import('./sync-triggers.ts');
    const report = await requestOutboxSync(options);
    if (!mounted.current) return;
    setFlushes((count) => count + 1);
    const now = Date.now();
    if (!report.ran) {
      setWakeAt(now + BUSY_RETRY_MS);
    } else if (report.failure) {
      failures.current += 1;
      setWakeAt(now + backoffDelay(failures.current));
    } else {
      failures.current = 0;
      setWakeAt(0);
    }
  }, []);

  useEffect(() => {
    const run = () => void sync();
    // The backoff was waiting out a lost network; now it is back, so the retries go at once
    // (after hours offline they would otherwise wait up to the backoff's cap). Waits its turn:
    // the service worker's Background Sync often holds the lock at this very moment.
    const onOnline = () => void sync({ force: true, waitForTurn: true });
    const onVisibility = () => {
      if (document.visibilityState === 'visible') run();
    };
    run();
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [sync]);

  useEffect(() => {
    if (nextDue === undefined || nextDue === null) return;
    const dueIn = Math.max(nextDue, wakeAt) - Date.now();
    const delay = Math.min(MAX_TIMER_MS, Math.max(0, dueIn + TIMER_MARGIN_MS));
    const timer = setTimeout(() => void sync(), delay);
    return () => clearTimeout(timer);
  }, [nextDue, wakeAt, flushes, sync]);
}
