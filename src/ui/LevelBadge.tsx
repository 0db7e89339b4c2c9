import { useTranslation } from 'react-i18next';
import type { OnlineLevel } from '../domain/online-level.ts';

/**
 * The online level of Decree 42/2022/NĐ-CP with its plain meaning next to it: a badge alone
 * (or its colour alone) does not tell a citizen whether they must go to the office.
 */
export function LevelBadge({ level }: { level: OnlineLevel }) {
  const { t } = useTranslation('catalog');
  return (
    <p className={`level level--${level}`}>
      <span className="level__badge">
        <span className="level__icon" aria-hidden="true">
          {LEVEL_ICONS[level]}
        </span>
        {t(`level.${level}.label`)}
      </span>{' '}
      <span className="level__help">{t(`level.${level}.help`)}</span>
    </p>
  );
}

/** A shape per level as well as a colour (WCAG 1.4.1: colour is never the only signal). */
const LEVEL_ICONS: Record<OnlineLevel, string> = {
  full: '●',
  partial: '◐',
  in_person: '○',
  unknown: '?',
};
