/** Numbers, money and dates through Intl in the active language (DESIGN.md §6). */

function intlLocale(locale: string): string {
  return locale === 'vi' ? 'vi-VN' : 'en-GB';
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}

/** An amount in its own currency (VND by default; consular fees are in USD). */
export function formatMoney(amount: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency',
    currency,
    maximumFractionDigits: currency === 'VND' ? 0 : 2,
  }).format(amount);
}

/** Date only (the catalogue's "as of"); invalid input gives back the raw text, not "Invalid Date". */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long' }).format(date);
}

/**
 * A calendar day ("2026-04-15", the portal's record date) in the active language. Read as a day,
 * not an instant: formatted in UTC, so a phone west of Greenwich does not show the day before.
 */
export function formatCalendarDay(day: string, locale: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(
    date,
  );
}
