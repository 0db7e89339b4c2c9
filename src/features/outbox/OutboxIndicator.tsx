import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOutboxWaitingCount } from '../../db/hooks-outbox.ts';
import { formatNumber } from '../../ui/format.ts';
import { OUTBOX_PATH } from './paths.ts';
import './outbox.css';

/**
 * Header link to the outbox with the number of ratings waiting; hidden when none waits. The
 * visible words start the accessible name ("3 ratings waiting" + " to be sent"), so speech
 * users can say what they see; on a phone only the icon and the number show.
 */
export function OutboxIndicator() {
  const { t, i18n } = useTranslation('outbox');
  const count = useOutboxWaitingCount();
  if (!count) return null;
  const formatted = formatNumber(count, i18n.language);
  return (
    <Link to={OUTBOX_PATH} className="outbox-indicator">
      <span className="outbox-indicator__icon" aria-hidden="true">
        ⇡
      </span>
      <span className="outbox-indicator__count">{formatted}</span>
      {/* On a phone only the number shows; the words stay in the accessible name. */}
      <span className="outbox-indicator__words"> {t('indicator.words', { count })}</span>
      <span className="visually-hidden">{t('indicator.suffix')}</span>
    </Link>
  );
}
