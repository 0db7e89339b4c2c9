import { DEATH_IN_FAMILY, GETTING_MARRIED, HAVING_A_BABY } from './family.ts';
import { BUILDING_A_HOUSE, LAND, MOVING_HOUSE } from './home.ts';
import { lifeEventsSchema, type LifeEvent } from './schema.ts';
import { LOST_PAPERS, STARTING_A_BUSINESS } from './work-and-papers.ts';

/**
 * The life events, in the order the home screen lists them. Parsed here, once, so a broken
 * entry fails every test and the build's first render rather than showing half a page.
 */
export const LIFE_EVENTS: readonly LifeEvent[] = lifeEventsSchema.parse([
  HAVING_A_BABY,
  DEATH_IN_FAMILY,
  GETTING_MARRIED,
  MOVING_HOUSE,
  BUILDING_A_HOUSE,
  LAND,
  STARTING_A_BUSINESS,
  LOST_PAPERS,
]);

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
