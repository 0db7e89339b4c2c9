import { describe, expect, it } from 'vitest';
import { LIFE_EVENTS, lifeEventCodes } from '../../../../src/domain/life-events/events.ts';
import { lifeEventsSchema } from '../../../../src/domain/life-events/schema.ts';
import { REVIEWED_LEVELS } from '../../../../src/domain/life-events/reviewed-levels.ts';
import { lifeEventSchema } from '../../../../src/domain/life-events/schema.ts';

const base = LIFE_EVENTS[0]!;

describe('the curated life events', () => {
  it('cover the eight events of issue 19', () => {
    // Every entry passes the schema (both languages, steps that depend only on earlier ones…).
    expect(lifeEventsSchema.parse(LIFE_EVENTS)).toEqual(LIFE_EVENTS);
    expect(LIFE_EVENTS.map((e) => e.slug)).toEqual([
      'having-a-baby',
      'death-in-the-family',
      'getting-married',
      'moving-house',
      'building-a-house',
      'land',
      'starting-a-business',
      'lost-papers',
    ]);
  });

  it('have a reviewed level for every code a step names, and no stale entry', () => {
    const codes = new Set(LIFE_EVENTS.flatMap(lifeEventCodes));
    expect([...codes].filter((code) => !(code in REVIEWED_LEVELS))).toEqual([]);
    expect(Object.keys(REVIEWED_LEVELS).filter((code) => !codes.has(code))).toEqual([]);
  });

  it('cite a law for every deadline and every linked service', () => {
    for (const step of LIFE_EVENTS.flatMap((e) => e.steps)) {
      if (step.deadline) expect(step.deadline.law).toMatch(/^(Luật|Nghị định)/);
      if (step.linkedService) expect(step.linkedService.law).toMatch(/^(Luật|Nghị định)/);
    }
  });
});

describe('lifeEventSchema', () => {
  it('refuses a step that depends on a later or unknown step', () => {
    const [a, b] = base.steps;
    const result = lifeEventSchema.safeParse({
      ...base,
      steps: [{ ...a!, dependsOn: [b!.id] }, b],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('is not an earlier step');
  });

  it('refuses an optional step that does not say who needs it', () => {
    const step = { ...base.steps[0]!, isOptional: true };
    const result = lifeEventSchema.safeParse({ ...base, steps: [step, base.steps[1]] });
    expect(result.success).toBe(false);
  });

  it('refuses text missing in one language and a code that is not a procedure code', () => {
    expect(lifeEventSchema.safeParse({ ...base, title: { vi: 'sinh con', en: '' } }).success).toBe(
      false,
    );
    const badCode = { ...base.steps[0]!, procedures: [{ code: 'khai-sinh' }] };
    expect(
      lifeEventSchema.safeParse({ ...base, steps: [badCode, ...base.steps.slice(1)] }).success,
    ).toBe(false);
  });
});
