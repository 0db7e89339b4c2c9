/**
 * Calendar days as `YYYY-MM-DD` strings, in the proleptic Gregorian calendar, years 0001–9999.
 *
 * Plain arithmetic on year, month and day, never `Date`: `Date.UTC` maps the years 0–99 to
 * 1900–1999 while ISO parsing does not, and mixing the two made the stats period loop forever
 * on `0000-02-01` (issue 10). Strings in this format sort in calendar order, so callers compare
 * days with `<` and `>`. A function given something that is not a calendar day throws a
 * RangeError: validate user input with `isCalendarDay` first.
 */

export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

export interface DayParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const DAY_FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The parts of a calendar day, or undefined when the text is not one (2025-02-30, 0000-01-01…). */
export function parseDay(text: string): DayParts | undefined {
  const match = DAY_FORMAT.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isCalendarDay(text: string): boolean {
  return parseDay(text) !== undefined;
}

function partsOf(day: string): DayParts {
  const parts = parseDay(day);
  if (!parts) throw new RangeError(`Not a calendar day (YYYY-MM-DD, years 1–9999): "${day}"`);
  return parts;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function formatDay({ year, month, day }: DayParts): string {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Year out of range 1–9999: ${year}`);
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Months counted from January of year 0, so that month arithmetic is integer arithmetic. */
function monthNumber(year: number, month: number): number {
  return year * 12 + (month - 1);
}

function fromMonthNumber(n: number): { year: number; month: number } {
  return { year: Math.floor(n / 12), month: (n % 12) + 1 };
}

/** `YYYY-MM` of a day. */
export function monthOf(day: string): string {
  partsOf(day);
  return day.slice(0, 7);
}

export function firstDayOfMonth(day: string): string {
  const { year, month } = partsOf(day);
  return formatDay({ year, month, day: 1 });
}

export function lastDayOfMonth(day: string): string {
  const { year, month } = partsOf(day);
  return formatDay({ year, month, day: daysInMonth(year, month) });
}

export function isLastDayOfMonth(day: string): boolean {
  return lastDayOfMonth(day) === day;
}

/** The day after; a RangeError after 9999-12-31. */
export function nextDay(day: string): string {
  const { year, month, day: d } = partsOf(day);
  if (d < daysInMonth(year, month)) return formatDay({ year, month, day: d + 1 });
  if (month < 12) return formatDay({ year, month: month + 1, day: 1 });
  return formatDay({ year: year + 1, month: 1, day: 1 });
}

/** The day before; a RangeError before 0001-01-01. */
export function previousDay(day: string): string {
  const { year, month, day: d } = partsOf(day);
  if (d > 1) return formatDay({ year, month, day: d - 1 });
  if (month > 1) return formatDay({ year, month: month - 1, day: daysInMonth(year, month - 1) });
  return formatDay({ year: year - 1, month: 12, day: 31 });
}

/**
 * The same day `count` months later (or earlier, when negative); a day the target month does
 * not have becomes its last day (31 January + 1 month = 28 or 29 February), as in most
 * calendars and spreadsheets.
 */
export function addMonths(day: string, count: number): string {
  if (!Number.isSafeInteger(count)) throw new RangeError(`Not a whole number of months: ${count}`);
  const parts = partsOf(day);
  const { year, month } = fromMonthNumber(monthNumber(parts.year, parts.month) + count);
  if (year < MIN_YEAR || year > MAX_YEAR) throw new RangeError(`${day} + ${count} months`);
  return formatDay({ year, month, day: Math.min(parts.day, daysInMonth(year, month)) });
}

/** The same day `count` years later or earlier; 29 February becomes 28 in a common year. */
export function addYears(day: string, count: number): string {
  if (!Number.isSafeInteger(count)) throw new RangeError(`Not a whole number of years: ${count}`);
  return addMonths(day, count * 12);
}

/** How many calendar months the period [from, to] touches (2025-01-31…2025-02-01: 2); 0 when from > to. */
export function monthCount(from: string, to: string): number {
  const [a, b] = [partsOf(from), partsOf(to)];
  if (from > to) return 0;
  return monthNumber(b.year, b.month) - monthNumber(a.year, a.month) + 1;
}

/** The `YYYY-MM` months the period [from, to] touches, in order; empty when from > to. */
export function monthsBetween(from: string, to: string): string[] {
  const start = partsOf(from);
  const first = monthNumber(start.year, start.month);
  return Array.from({ length: monthCount(from, to) }, (_, i) => {
    const { year, month } = fromMonthNumber(first + i);
    return `${pad(year, 4)}-${pad(month, 2)}`;
  });
}
