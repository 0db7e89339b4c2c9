/** Numbers, percentages and dates of the dashboard through Intl, in the active language. */

function intlLocale(locale: string): string {
  return locale.startsWith('vi') ? 'vi-VN' : 'en-GB';
}

export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}

export function formatPercent(fraction: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(fraction);
}

/** "2025-03" → "March 2025" / "tháng 3, 2025"; shortened for chart axes. */
export function formatMonth(month: string, locale: string, isShort = false): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    month: isShort ? 'numeric' : 'long',
    year: isShort ? '2-digit' : 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

export function formatDay(day: string, locale: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(date);
}

export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(date);
}
