import { DEATH_IN_FAMILY, GETTING_MARRIED, HAVING_A_BABY } from './family.ts';
import { BUILDING_A_HOUSE, LAND, MOVING_HOUSE } from './home.ts';
import type { LifeEvent } from './schema.ts';
import { LOST_PAPERS, STARTING_A_BUSINESS } from './work-and-papers.ts';

/**
 * The life events, in the order the home screen lists them. Typed here and checked against the
 * schema by tests/unit/domain/life-events, not parsed at load: the home screen imports this, and
 * building zod schemas in its first chunk ran zod's eval probe before the app turns it off,
 * which the strict CSP reports (zod-config.ts).
 */
export const LIFE_EVENTS: readonly LifeEvent[] = [
  HAVING_A_BABY,
  DEATH_IN_FAMILY,
  GETTING_MARRIED,
  MOVING_HOUSE,
  BUILDING_A_HOUSE,
  LAND,
  STARTING_A_BUSINESS,
  LOST_PAPERS,
] satisfies readonly LifeEvent[];

export function findLifeEvent(slug: string): LifeEvent | undefined {
  return LIFE_EVENTS.find((event) => event.slug === slug);
}

/** Every procedure code a step of `event` names, once each, in page order. */
export function lifeEventCodes(event: LifeEvent): string[] {
  const codes = event.steps.flatMap((step) => [
    ...step.procedures.map((p) => p.code),
    ...(step.linkedService?.code ? [step.linkedService.code] : []),
  ]);
  return [...new Set(codes)];
}
