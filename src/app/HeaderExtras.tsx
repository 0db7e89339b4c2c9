import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { OutboxIndicator } from '../features/outbox/OutboxIndicator.tsx';
import { OutboxSync } from '../features/outbox/OutboxSync.tsx';
import { RATE_ENTRY_PATH } from '../features/rating/paths.ts';
import { STATS_PATH } from '../features/stats/filters.ts';

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

const SECTIONS = [
  { to: RATE_ENTRY_PATH, label: 'rating:nav' },
  { to: STATS_PATH, label: 'stats:nav' },
] as const;

export function HeaderNav() {
  const { t } = useTranslation(['rating', 'stats']);
  return SECTIONS.map(({ to, label }) => (
    <NavLink key={to} to={to} className="button button--header">
      {t(label)}
    </NavLink>
  ));
}
