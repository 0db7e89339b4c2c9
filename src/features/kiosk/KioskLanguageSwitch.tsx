import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../domain/rating.ts';

/**
 * Both languages always visible, each named in itself. Not remembered: the kiosk goes back to
 * Vietnamese at every reset, so the next person starts in the default language.
 */
export function KioskLanguageSwitch() {
  const { t, i18n } = useTranslation('kiosk');
  return (
    <div className="kiosk-language" role="group" aria-label={t('language.label')}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className="kiosk-language__button"
          aria-pressed={i18n.language === locale}
          onClick={() => void i18n.changeLanguage(locale)}
        >
          {t(`language.${locale}`)}
        </button>
      ))}
    </div>
  );
}
