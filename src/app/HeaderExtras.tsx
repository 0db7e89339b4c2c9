import { OutboxIndicator } from '../features/outbox/OutboxIndicator.tsx';
import { OutboxSync } from '../features/outbox/OutboxSync.tsx';
import { RateNavLink } from '../features/rating/RateNavLink.tsx';
import { StatsNavLink } from '../features/stats/StatsNavLink.tsx';

/**
 * Header items from other features, kept apart from Header.tsx so a feature adds itself with one
 * line here without touching the header layout. HeaderExtras sits on the top row beside the
 * language switch (small status items); HeaderNav is the row of links to the main sections.
 */
export function HeaderExtras() {
  return (
    <>
      <OutboxIndicator />
      {/* The header is on every page, so the outbox's sync triggers live here, once. */}
      <OutboxSync />
    </>
  );
}

export function HeaderNav() {
  return (
    <>
      <RateNavLink />
      <StatsNavLink />
    </>
  );
}
