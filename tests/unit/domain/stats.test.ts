import { describe, expect, it } from 'vitest';
import {
  defaultPeriod,
  figureOf,
  fullShareOf,
  isMeaningful,
  MIN_MEANINGFUL,
  monthsBetween,
  satisfactionRate,
  statsDayOf,
  statsQuerySchema,
} from '../../../src/domain/stats.ts';

describe('satisfactionRate', () => {
  it('is null when there are no ratings, never 0% or 100%', () => {
    expect(satisfactionRate({ very_satisfied: 0, satisfied: 0, dissatisfied: 0 })).toBeNull();
  });

  it('is 0 when everyone was dissatisfied', () => {
    expect(satisfactionRate({ very_satisfied: 0, satisfied: 0, dissatisfied: 7 })).toBe(0);
  });

  it('counts very satisfied and satisfied together over all ratings', () => {
    expect(satisfactionRate({ very_satisfied: 3, satisfied: 5, dissatisfied: 2 })).toBe(0.8);
    expect(satisfactionRate({ very_satisfied: 4, satisfied: 0, dissatisfied: 0 })).toBe(1);
  });

  it('gives a criterion its own total: only the ratings that answered it', () => {
    // 10 ratings overall, but only 4 answered "staff attitude": 3 satisfied, 1 dissatisfied.
    const overall = figureOf({ very_satisfied: 6, satisfied: 2, dissatisfied: 2 });
    const staff = figureOf({ very_satisfied: 0, satisfied: 3, dissatisfied: 1 });
    expect(overall).toMatchObject({ total: 10, satisfactionRate: 0.8 });
    expect(staff).toMatchObject({ total: 4, satisfactionRate: 0.75 });
  });
});

describe('meaningful groups', () => {
  it('needs at least MIN_MEANINGFUL ratings', () => {
    expect(MIN_MEANINGFUL).toBe(10);
    expect(isMeaningful(9)).toBe(false);
    expect(isMeaningful(10)).toBe(true);
  });
});

describe('days and periods in Vietnam time', () => {
  it('puts 23:30 UTC into the next Vietnamese day', () => {
    expect(statsDayOf(new Date('2025-03-31T16:59:59Z'))).toBe('2025-03-31');
    expect(statsDayOf(new Date('2025-03-31T17:00:00Z'))).toBe('2025-04-01');
  });

  it('defaults to the last twelve months, today included', () => {
    expect(defaultPeriod(new Date('2025-06-15T03:00:00Z'))).toEqual({
      from: '2024-06-16',
      to: '2025-06-15',
    });
  });

  it('lists the months of a period across a year end', () => {
    expect(monthsBetween('2024-11-20', '2025-02-01')).toEqual([
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ]);
  });
});

describe('statsQuerySchema', () => {
  it('accepts a full query and defaults by to province', () => {
    const parsed = statsQuerySchema.parse({
      from: '2025-01-01',
      to: '2025-12-31',
      channel: 'kiosk',
    });
    expect(parsed.by).toBe('province');
  });

  it.each([
    { by: 'week' },
    { from: '2025-02-30' },
    { from: '2025-03-01', to: '2025-02-01' },
    { province: '99' },
    { channel: 'fax' },
    { procedure: 'abc' },
    { colour: 'red' },
  ])('rejects %o', (query) => {
    expect(statsQuerySchema.safeParse(query).success).toBe(false);
  });
});

describe('fullShareOf', () => {
  it('leaves out procedures whose level is unknown, and is null when none is known', () => {
    expect(fullShareOf({ full: 1, partial: 2, in_person: 1, unknown: 6 })).toBe(0.25);
    expect(fullShareOf({ full: 0, partial: 0, in_person: 0, unknown: 3 })).toBeNull();
  });
});
