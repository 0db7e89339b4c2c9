import { LOCALES, type Locale } from '../../domain/rating.ts';

/** The kiosk starts every person in Vietnamese (issue 5). */
export const DEFAULT_KIOSK_LOCALE: Locale = 'vi';

export function isKioskLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
