import type { OnlineLevel } from '../online-level.ts';

/**
 * Where a step's level came from when a person last reviewed the events (issue 19, item 5):
 * `portal-detail` the national portal's detail record (sample of 2026-07-18), `seed` our
 * curated seed (the portal sample has only the list row), `portal-list` the list row alone
 * (level not known). The data check fails, and the import report lists the event, when the
 * catalogue no longer says this: someone then reads the step again and updates this table.
 */
export const LEVEL_SOURCES = ['portal-detail', 'seed', 'portal-list'] as const;
export type LevelSource = (typeof LEVEL_SOURCES)[number];

export interface ReviewedLevel {
  level: OnlineLevel;
  source: LevelSource;
}

export const REVIEWED_LEVELS_ON = '2026-12-02';

export const REVIEWED_LEVELS: Readonly<Record<string, ReviewedLevel>> = {
  '1.000094': { level: 'partial', source: 'portal-detail' },
  '1.000656': { level: 'partial', source: 'portal-detail' },
  '1.000689': { level: 'partial', source: 'portal-detail' },
  '1.000894': { level: 'partial', source: 'portal-detail' },
  '1.001193': { level: 'partial', source: 'portal-detail' },
  '1.001445': { level: 'full', source: 'seed' },
  '1.001456': { level: 'full', source: 'seed' },
  '1.001612': { level: 'partial', source: 'seed' },
  '1.001731': { level: 'partial', source: 'seed' },
  '1.001766': { level: 'partial', source: 'portal-detail' },
  '1.002051': { level: 'full', source: 'seed' },
  '1.002755': { level: 'partial', source: 'portal-detail' },
  '1.003197': { level: 'full', source: 'portal-detail' },
  '1.003677': { level: 'full', source: 'portal-detail' },
  '1.004194': { level: 'full', source: 'portal-detail' },
  '1.004222': { level: 'partial', source: 'portal-detail' },
  '1.004873': { level: 'partial', source: 'portal-detail' },
  '1.007277': { level: 'partial', source: 'seed' },
  '1.007674': { level: 'unknown', source: 'portal-list' },
  '1.010386': { level: 'partial', source: 'seed' },
  '1.011022': { level: 'full', source: 'seed' },
  '1.012784': { level: 'partial', source: 'seed' },
  '1.013225': { level: 'partial', source: 'portal-detail' },
  '1.013226': { level: 'partial', source: 'portal-detail' },
  '1.013227': { level: 'partial', source: 'portal-detail' },
  '1.013229': { level: 'partial', source: 'portal-detail' },
  '1.013831': { level: 'partial', source: 'seed' },
  '1.013855': { level: 'unknown', source: 'portal-list' },
  '1.013995': { level: 'partial', source: 'seed' },
  '1.014028': { level: 'unknown', source: 'portal-list' },
  '1.014062': { level: 'partial', source: 'seed' },
  '1.014064': { level: 'partial', source: 'seed' },
  '1.014137': { level: 'full', source: 'seed' },
  '1.014166': { level: 'partial', source: 'seed' },
  '1.014168': { level: 'partial', source: 'seed' },
  '1.014170': { level: 'partial', source: 'seed' },
  '1.014177': { level: 'partial', source: 'seed' },
  '1.014178': { level: 'partial', source: 'seed' },
  '1.014179': { level: 'partial', source: 'seed' },
  '1.014331': { level: 'in_person', source: 'seed' },
  '2.000528': { level: 'partial', source: 'portal-detail' },
  '2.000806': { level: 'partial', source: 'portal-detail' },
  '2.000986': { level: 'in_person', source: 'portal-detail' },
  '2.001016': { level: 'in_person', source: 'seed' },
  '2.001023': { level: 'in_person', source: 'portal-detail' },
  '2.001035': { level: 'in_person', source: 'seed' },
  '2.001199': { level: 'full', source: 'seed' },
  '2.001406': { level: 'in_person', source: 'seed' },
  '2.001583': { level: 'full', source: 'seed' },
  '2.001610': { level: 'full', source: 'portal-detail' },
  '2.002043': { level: 'full', source: 'seed' },
  '2.002189': { level: 'partial', source: 'portal-detail' },
  '2.002854': { level: 'partial', source: 'seed' },
  '3.000285': { level: 'full', source: 'seed' },
  '3.000286': { level: 'in_person', source: 'seed' },
  '3.000348': { level: 'partial', source: 'seed' },
};
