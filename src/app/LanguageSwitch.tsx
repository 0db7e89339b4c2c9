import { useTranslation } from 'react-i18next';
import { chooseLocale } from './language.ts';
import { isLocale } from './i18n.ts';

/**
 * One button naming the other language in that language ("English" / "Tiếng Việt"), the way
 * bilingual government sites do: a visitor who cannot read the current one still finds it.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const target = t('language.switchToLang');
  if (!isLocale(target)) return null;
  return (
    <button
      type="button"
      className="button button--header"
      lang={target}
      onClick={() => void chooseLocale(i18n, target)}
    >
      {t('language.switchTo')}
    </button>
  );
}
