import type { OnlineLevel } from '../online-level.ts';
import type { Procedure } from '../procedure.ts';
import { LIFE_EVENTS } from './events.ts';
import { REVIEWED_LEVELS, type LevelSource } from './reviewed-levels.ts';

/**
 * Which life-event steps no longer match what was reviewed (issue 19, item 5): a code missing
 * from the catalogue, or a level or level source other than REVIEWED_LEVELS says. The data
 * check fails on any; the operator's import report lists them, so the events cannot rot
 * silently after an import.
 */
export interface LifeEventStepChange {
  event: string;
  step: string;
  code: string;
  reviewed: { level: OnlineLevel; source: LevelSource } | undefined;
  /** Undefined: the code is not in the catalogue. */
  now: { level: OnlineLevel; source: LevelSource } | undefined;
}

/** Where a stored procedure's level comes from, in the review table's terms. */
export function levelSourceOf(procedure: Procedure): LevelSource {
  if (procedure.onlineLevel === 'unknown') return 'portal-list';
  return procedure.factsSource === 'portal' ? 'portal-detail' : 'seed';
}

export function lifeEventStepChanges(
  byCode: ReadonlyMap<string, Procedure>,
): LifeEventStepChange[] {
  const changes: LifeEventStepChange[] = [];
  for (const event of LIFE_EVENTS) {
    for (const step of event.steps) {
      const codes = [...step.procedures.map((p) => p.code)];
      if (step.linkedService?.code) codes.push(step.linkedService.code);
      for (const code of codes) {
        const reviewed = REVIEWED_LEVELS[code];
        const procedure = byCode.get(code);
        const now = procedure && {
          level: procedure.onlineLevel,
          source: levelSourceOf(procedure),
        };
        if (now && reviewed && now.level === reviewed.level && now.source === reviewed.source) {
          continue;
        }
        changes.push({ event: event.slug, step: step.id, code, reviewed, now });
      }
    }
  }
  return changes;
}

/** One line per changed step, for a terminal. */
export function describeStepChange(change: LifeEventStepChange): string {
  const was = change.reviewed
    ? `${change.reviewed.level} (${change.reviewed.source})`
    : 'not reviewed';
  const now = change.now ? `${change.now.level} (${change.now.source})` : 'not in the catalogue';
  return `${change.event} · ${change.step} · ${change.code}: reviewed ${was}, now ${now}`;
}
