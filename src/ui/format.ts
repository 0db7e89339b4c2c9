/** Numbers, money and dates through Intl in the active language (DESIGN.md §6). */

function intlLocale(locale: string): string {
  return locale === 'vi' ? 'vi-VN' : 'en-GB';
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}

export function formatVnd(amount: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency',
    currency: 'VND',
    maximumFractionDigits: 0,
  }).format(amount);
}

/** Date only (the catalogue's "as of"); invalid input gives back the raw text, not "Invalid Date". */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long' }).format(date);
}
