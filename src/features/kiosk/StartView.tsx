import { useTranslation } from 'react-i18next';
import type { Kiosk } from '../../domain/kiosk.ts';
import { SATISFACTION_LEVELS, type SatisfactionLevel } from '../../domain/rating.ts';
import { Face } from './Face.tsx';

/** The question and the three big buttons; one tap records the rating. */
export function StartView({
  kiosk,
  onRate,
}: {
  kiosk: Kiosk;
  onRate: (level: SatisfactionLevel) => void;
}) {
  const { t } = useTranslation('kiosk');
  return (
    <section className="kiosk-start" aria-labelledby="kiosk-question">
      <p className="kiosk-office">{kiosk.name}</p>
      <h1 id="kiosk-question" className="kiosk-title">
        {t('start.question')}
      </h1>
      <p className="kiosk-hint">{t('start.hint')}</p>
      <div className="kiosk-levels">
        {SATISFACTION_LEVELS.map((level) => (
          <button
            key={level}
            type="button"
            className={`kiosk-level kiosk-level--${level}`}
            onClick={() => onRate(level)}
          >
            <Face level={level} />
            <span>{t(`level.${level}`)}</span>
          </button>
        ))}
      </div>
    </section>
  );
}
