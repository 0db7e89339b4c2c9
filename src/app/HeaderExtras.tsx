import { OutboxIndicator } from '../features/outbox/OutboxIndicator.tsx';
import { OutboxSync } from '../features/outbox/OutboxSync.tsx';
import { RateNavLink } from '../features/rating/RateNavLink.tsx';
import { StatsNavLink } from '../features/stats/StatsNavLink.tsx';

/**
 * Extra header items from other features (the outbox indicator, …): add them here, one line
 * each. Kept apart from Header.tsx so a feature adds itself without touching the header layout.
 */
export function HeaderExtras() {
  return (
    <>
      <RateNavLink />
      <StatsNavLink />
      <OutboxIndicator />
      {/* The header is on every page, so the outbox's sync triggers live here, once. */}
      <OutboxSync />
    </>
  );
}
