import { KIOSK_UNSPECIFIED_PROCEDURE, type Kiosk } from '../../domain/kiosk.ts';
import type { Locale, Rating, SatisfactionLevel } from '../../domain/rating.ts';

/**
 * The rating one tap records: the overall level for the office, on channel "kiosk", in the
 * office's province. The procedure is the desk's only one when it has exactly one; otherwise
 * "not specified" until the follow-up names it.
 */
export function makeKioskRating(
  kiosk: Kiosk,
  overall: SatisfactionLevel,
  locale: Locale,
  now: Date = new Date(),
): Rating {
  return {
    id: crypto.randomUUID(),
    procedureCode: initialProcedureFor(kiosk),
    overall,
    province: kiosk.province,
    channel: 'kiosk',
    createdAt: now.toISOString(),
    locale,
  };
}

/** The criteria the follow-up asks about: few, so a person answers them standing up. */
export const KIOSK_CRITERIA = ['staff_attitude', 'on_time', 'convenience'] as const;

/** The desk's only procedure, or "not specified" until the follow-up names one. */
export function initialProcedureFor(kiosk: Kiosk): string {
  const [only, ...others] = kiosk.procedures;
  return only !== undefined && others.length === 0 ? only : KIOSK_UNSPECIFIED_PROCEDURE;
}
