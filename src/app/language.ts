import type { i18n as I18n } from 'i18next';
import type { Locale } from '../domain/rating.ts';
import { getSetting, setSetting, SETTING_KEYS } from '../db/settings.ts';
import { isLocale, writeLocaleHint } from './i18n.ts';

/** Switches language and remembers it: Dexie is the record, localStorage the first-paint hint. */
export async function chooseLocale(i18n: I18n, locale: Locale): Promise<void> {
  await i18n.changeLanguage(locale);
  writeLocaleHint(locale);
  await setSetting(SETTING_KEYS.locale, locale);
}

/** At start: apply the remembered choice if the hint was missing or stale (storage cleared). */
export async function restoreLocale(i18n: I18n): Promise<void> {
  const stored = await getSetting(SETTING_KEYS.locale);
  if (isLocale(stored) && stored !== i18n.language) {
    await i18n.changeLanguage(stored);
    writeLocaleHint(stored);
  }
}
