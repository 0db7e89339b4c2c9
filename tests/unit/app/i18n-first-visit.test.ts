import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialLocale, LOCALE_HINT_KEY, localeFromPreferred } from '../../../src/app/i18n.ts';

describe('the language of a first visit', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('follows an English-preferring browser', () => {
    expect(localeFromPreferred(['en-US', 'en'])).toBe('en');
    expect(localeFromPreferred(['fr-FR', 'en-GB'])).toBe('en');
  });

  it('is Vietnamese when the browser lists Vietnamese anywhere', () => {
    expect(localeFromPreferred(['vi-VN'])).toBe('vi');
    expect(localeFromPreferred(['en-US', 'vi'])).toBe('vi');
    expect(localeFromPreferred(['VI'])).toBe('vi');
  });

  it('is Vietnamese when no preferred language is one the app has', () => {
    expect(localeFromPreferred(['fr-FR', 'de'])).toBe('vi');
    expect(localeFromPreferred([])).toBe('vi');
  });

  it('keeps a remembered choice over the browser preference', () => {
    const stored = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => stored.set(key, value),
    });
    vi.stubGlobal('navigator', { languages: ['en-US'] });
    expect(initialLocale()).toBe('en');
    stored.set(LOCALE_HINT_KEY, 'vi');
    expect(initialLocale()).toBe('vi');
  });
});
