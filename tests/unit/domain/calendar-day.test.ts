import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addYears,
  daysInMonth,
  firstDayOfMonth,
  isCalendarDay,
  isLastDayOfMonth,
  isLeapYear,
  lastDayOfMonth,
  monthCount,
  monthOf,
  monthsBetween,
  nextDay,
  parseDay,
  previousDay,
} from '../../../src/domain/calendar-day.ts';

/**
 * Issue 10: the calendar module against two references written without it, over years 1–9999:
 * a day-count algorithm (H. Hinnant's days_from_civil / civil_from_days, proleptic Gregorian)
 * and `Date` through setUTCFullYear (which, unlike Date.UTC, does not move years 0–99).
 */

type Civil = [year: number, month: number, day: number];

function daysFromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z0: number): Civil {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

const text = ([y, m, d]: Civil) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const FIRST = daysFromCivil(1, 1, 1);
const LAST = daysFromCivil(9999, 12, 31);

/** `Date` as the second reference: the UTC calendar fields of year, month (0-based), day. */
function dateRef(year: number, monthIndex: number, day: number): Civil {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** Any day of 1–9999, with extra weight on the years Date.UTC gets wrong and on leap days. */
const dayNumber = fc.oneof(
  fc.integer({ min: FIRST, max: LAST }),
  fc.integer({ min: FIRST, max: daysFromCivil(100, 12, 31) }),
  fc
    .tuple(
      fc.constantFrom(1, 4, 96, 99, 100, 400, 1600, 1900, 2000, 2024, 2100, 9996, 9999),
      fc.constantFrom(1, 2, 3, 12),
      fc.constantFrom(1, 28, 29, 30, 31),
    )
    .filter(([y, m, d]) => civilFromDays(daysFromCivil(y, m, d)).join() === [y, m, d].join())
    .map(([y, m, d]) => daysFromCivil(y, m, d)),
  fc.constantFrom(FIRST, LAST),
);
const day = dayNumber.map((n) => text(civilFromDays(n)));

describe('calendar days against a day count, years 1–9999', () => {
  it('the references agree with each other', () => {
    fc.assert(
      fc.property(dayNumber, (n) => {
        const [y, m, d] = civilFromDays(n);
        expect(daysFromCivil(y, m, d)).toBe(n);
        expect(dateRef(y, m - 1, d)).toEqual([y, m, d]);
      }),
      { numRuns: 2_000 },
    );
  });

  it('accepts every real day and gives back its parts', () => {
    fc.assert(
      fc.property(dayNumber, (n) => {
        const [year, month, d] = civilFromDays(n);
        expect(parseDay(text([year, month, d]))).toEqual({ year, month, day: d });
      }),
      { numRuns: 2_000 },
    );
  });

  it('refuses exactly the strings that are not a day of 0001-01-01…9999-12-31', () => {
    const candidate = fc.tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    );
    fc.assert(
      fc.property(candidate, ([y, m, d]) => {
        const isReal =
          y >= 1 &&
          m >= 1 &&
          m <= 12 &&
          d >= 1 &&
          civilFromDays(daysFromCivil(y, m, d)).join() === [y, m, d].join();
        expect(isCalendarDay(text([y, m, d]))).toBe(isReal);
      }),
      { numRuns: 5_000 },
    );
  });

  it('refuses anything not written YYYY-MM-DD', () => {
    for (const bad of [
      '2025-1-01',
      '25-01-01',
      '+2025-01-01',
      '2025-01-01T00:00',
      ' 2025-01-01',
      '２０２５-01-01',
      '10000-01-01',
      '',
    ]) {
      expect(isCalendarDay(bad), bad).toBe(false);
    }
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(isCalendarDay(s)).toBe(false);
      }),
      {
        numRuns: 1_000,
      },
    );
  });

  it('knows the length of every month, leap years included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const next = m === 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, m + 1, 1);
        expect(daysInMonth(y, m)).toBe(next - daysFromCivil(y, m, 1));
        expect(isLeapYear(y)).toBe(daysFromCivil(y + 1, 1, 1) - daysFromCivil(y, 1, 1) === 366);
      }),
      { numRuns: 3_000 },
    );
  });

  it('steps to the next and the previous day', () => {
    fc.assert(
      fc.property(dayNumber, (n) => {
        const today = text(civilFromDays(n));
        if (n < LAST) expect(nextDay(today)).toBe(text(civilFromDays(n + 1)));
        else expect(() => nextDay(today)).toThrow(RangeError);
        if (n > FIRST) expect(previousDay(today)).toBe(text(civilFromDays(n - 1)));
        else expect(() => previousDay(today)).toThrow(RangeError);
      }),
      { numRuns: 3_000 },
    );
  });

  it('finds the first and last day of the month', () => {
    fc.assert(
      fc.property(dayNumber, (n) => {
        const [y, m] = civilFromDays(n);
        const today = text(civilFromDays(n));
        expect(firstDayOfMonth(today)).toBe(text([y, m, 1]));
        expect(lastDayOfMonth(today)).toBe(text(dateRef(y, m, 0)));
        expect(isLastDayOfMonth(today)).toBe(civilFromDays(n + 1)[2] === 1);
        expect(monthOf(today)).toBe(text([y, m, 1]).slice(0, 7));
      }),
      { numRuns: 2_000 },
    );
  });

  it('adds months and years, a missing day becoming the month’s last', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -240, max: 240 }), (start, count) => {
        const [y, m, d] = civilFromDays(daysFromCivil(...(start.split('-').map(Number) as Civil)));
        const [ty, tm] = dateRef(y, m - 1 + count, 1);
        if (ty < 1 || ty > 9999) {
          expect(() => addMonths(start, count)).toThrow(RangeError);
          return;
        }
        const last = dateRef(ty, tm, 0)[2];
        expect(addMonths(start, count)).toBe(text([ty, tm, Math.min(d, last)]));
        if (count % 12 === 0) expect(addYears(start, count / 12)).toBe(addMonths(start, count));
      }),
      { numRuns: 3_000 },
    );
  });

  it('lists the months a period touches', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 * 31 }), (from, length) => {
        const n = daysFromCivil(...(from.split('-').map(Number) as Civil));
        if (n + length > LAST) return;
        const to = text(civilFromDays(n + length));
        const months = monthsBetween(from, to);
        const [y, m] = civilFromDays(n);
        expect(months).toHaveLength(monthCount(from, to));
        expect(months[0]).toBe(from.slice(0, 7));
        expect(months.at(-1)).toBe(to.slice(0, 7));
        for (const [i, month] of months.entries()) {
          expect(month).toBe(text(dateRef(y, m - 1 + i, 1)).slice(0, 7));
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('calendar days: the cases that broke the stats (issue 10)', () => {
  it('treats years 0–99 as themselves, not as 1900–1999', () => {
    expect(isCalendarDay('0000-02-01')).toBe(false);
    expect(isCalendarDay('0004-02-29')).toBe(true);
    expect(isCalendarDay('0100-02-29')).toBe(false);
    expect(lastDayOfMonth('0004-02-01')).toBe('0004-02-29');
    expect(lastDayOfMonth('1900-02-01')).toBe('1900-02-28');
    expect(lastDayOfMonth('2000-02-01')).toBe('2000-02-29');
  });

  it('stops at 9999-12-31 with a RangeError instead of an invalid date', () => {
    expect(nextDay('9999-12-30')).toBe('9999-12-31');
    expect(() => nextDay('9999-12-31')).toThrow(RangeError);
    expect(() => nextDay('2025-02-30')).toThrow(RangeError);
  });

  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('counts the months touched, not the months elapsed', () => {
    expect(monthCount('2025-01-31', '2025-02-01')).toBe(2);
    expect(monthCount('2015-01-01', '2024-12-31')).toBe(120);
    expect(monthCount('2025-03-05', '2025-03-01')).toBe(0);
    expect(monthsBetween('2024-11-20', '2025-02-01')).toEqual([
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ]);
  });
});
