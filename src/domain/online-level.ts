/**
 * Online levels of Decree 42/2022/NĐ-CP. "full" (toàn trình) = submission, handling and payment
 * all online; "partial" (một phần) = online, but some step needs the citizen in person;
 * "in_person" = no online submission. "unknown" = the source did not say (a list row without its
 * detail record): we show that honestly instead of guessing "in person".
 */
export const ONLINE_LEVELS = ['full', 'partial', 'in_person', 'unknown'] as const;
export type OnlineLevel = (typeof ONLINE_LEVELS)[number];

export interface OnlineLevelSource {
  isFullProcess?: boolean | null;
  submissionMethods: readonly string[];
}

/** isFullProcess → full; an ONLINE submission method → partial; otherwise in person. */
export function deriveOnlineLevel(source: OnlineLevelSource): Exclude<OnlineLevel, 'unknown'> {
  if (source.isFullProcess === true) return 'full';
  if (source.submissionMethods.some((m) => m.toUpperCase() === 'ONLINE')) return 'partial';
  return 'in_person';
}
