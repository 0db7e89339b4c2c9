import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '../domain/rating-values.ts';

/**
 * Every locales/<lang>/<namespace>.json is bundled here: a feature adds its namespace by adding
 * the two files, nothing else. Bundled (not fetched) so the app works offline from first paint.
 */
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json', {
  eager: true,
});

export const DEFAULT_LOCALE: Locale = 'vi';
/** Sync first-paint hint; Dexie settings hold the real choice (see useRememberedLanguage). */
export const LOCALE_HINT_KEY = 'dvc.locale';

export function buildResources(): Resource {
  const resources: Resource = {};
  for (const [path, mod] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lang, ns] = match as unknown as [string, string, string];
    resources[lang] ??= {};
    resources[lang][ns] = mod.default;
  }
  return resources;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function readLocaleHint(): Locale | undefined {
  try {
    const hint = globalThis.localStorage?.getItem(LOCALE_HINT_KEY);
    return isLocale(hint) ? hint : undefined;
  } catch {
    // Storage can throw in private modes; the hint is only an optimisation.
    return undefined;
  }
}

export function writeLocaleHint(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_HINT_KEY, locale);
  } catch {
    // See readLocaleHint.
  }
}

/**
 * The language of a first visit (no remembered choice yet): Vietnamese when the browser lists it
 * anywhere among its preferred languages, or when none of them is one we have; otherwise the
 * first preferred language we support. Region subtags (`en-GB`, `vi-VN`) count as the language.
 */
export function localeFromPreferred(preferred: readonly string[]): Locale {
  const languages = preferred.map((tag) => tag.toLowerCase().split('-')[0]);
  if (languages.includes(DEFAULT_LOCALE)) return DEFAULT_LOCALE;
  return languages.find(isLocale) ?? DEFAULT_LOCALE;
}

/** At page start: the remembered choice when there is one, else the browser's preference. */
export function initialLocale(): Locale {
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? []);
  return readLocaleHint() ?? localeFromPreferred(preferred);
}

/** A fresh i18next instance (one for the app; one per test render). */
export function createI18n(lng: Locale = readLocaleHint() ?? DEFAULT_LOCALE): I18n {
  const instance = i18next.createInstance();
  const resources = buildResources();
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    ns: Object.keys(resources[DEFAULT_LOCALE] ?? {}),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  const syncHtmlLang = (lang: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  };
  syncHtmlLang(instance.language);
  instance.on('languageChanged', syncHtmlLang);
  return instance;
}
