import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, lastDayOfMonth, nextDay } from '../../../../src/domain/calendar-day.ts';
import { splitPeriod, type Segment } from '../../../../src/server/stats/plan.ts';

/** Every day from first to last, one by one: the slow, obvious reference. */
function daysOf(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = nextDay(day)) days.push(day);
  return days;
}

function expand(segment: Segment): string[] {
  if (segment.grain === 'day') return daysOf(segment.first, segment.last);
  return daysOf(`${segment.first}-01`, lastDayOfMonth(`${segment.last}-01`));
}

const day = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('splitPeriod', () => {
  it('covers exactly the days of the period, in at most three segments, in order', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 800 }), (from, length) => {
        let to = from;
        for (let i = 0; i < length; i += 1) to = nextDay(to);
        const segments = splitPeriod(from, to);
        expect(segments.length).toBeLessThanOrEqual(3);
        expect(segments.flatMap(expand)).toEqual(daysOf(from, to));
        // Days are read from the daily rollup only where a month is not whole.
        for (const s of segments.filter((s) => s.grain === 'day')) {
          expect(s.first.slice(0, 7)).toBe(s.last.slice(0, 7));
          expect(s.first === `${s.first.slice(0, 7)}-01` && s.last === lastDayOfMonth(s.last)).toBe(
            false,
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it('splits a ten-year period into the same three segments at once', () => {
    const from = '2015-01-15';
    expect(splitPeriod(from, addMonths(from, 119))).toEqual([
      { grain: 'day', first: '2015-01-15', last: '2015-01-31' },
      { grain: 'month', first: '2015-02', last: '2024-11' },
      { grain: 'day', first: '2024-12-01', last: '2024-12-15' },
    ]);
    expect(splitPeriod('2024-02-01', '2024-02-29')).toEqual([
      { grain: 'month', first: '2024-02', last: '2024-02' },
    ]);
    expect(splitPeriod('2025-04-01', '2025-04-01')).toEqual([
      { grain: 'day', first: '2025-04-01', last: '2025-04-01' },
    ]);
  });
});
