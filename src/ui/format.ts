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
