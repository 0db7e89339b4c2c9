import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Shown for a few seconds; the kiosk then resets by itself. */
export function ThanksView() {
  const { t } = useTranslation('kiosk');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="kiosk-thanks" aria-labelledby="kiosk-thanks-title">
      <h1 id="kiosk-thanks-title" className="kiosk-title" tabIndex={-1} ref={heading}>
        {t('thanks.title')}
      </h1>
      <p className="kiosk-lead">{t('thanks.body')}</p>
      <p className="kiosk-hint">{t('thanks.next')}</p>
    </section>
  );
}
