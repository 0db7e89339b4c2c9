import type { SatisfactionLevel } from '../../domain/rating.ts';

const MOUTHS: Record<SatisfactionLevel, string> = {
  very_satisfied: 'M14 28 Q24 40 34 28',
  satisfied: 'M16 30 Q24 35 32 30',
  dissatisfied: 'M16 34 Q24 26 32 34',
};

/** A drawn face beside each level's word: the scale reads without colour or literacy. */
export function Face({ level }: { level: SatisfactionLevel }) {
  return (
    <svg className="kiosk-face" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" strokeWidth="3" />
      <circle cx="17" cy="19" r="2.8" fill="currentColor" />
      <circle cx="31" cy="19" r="2.8" fill="currentColor" />
      <path
        d={MOUTHS[level]}
        fill="none"
        stroke="currentColor"
        strokeWidth="3"
        strokeLinecap="round"
      />
    </svg>
  );
}
