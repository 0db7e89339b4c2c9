import { useTranslation } from 'react-i18next';
import type { Locale } from '../../domain/rating-values.ts';

/** The active language as a key of our bilingual texts. */
export function useLang(): Locale {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'vi';
}
