import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxListEntry } from '../../db/hooks-outbox.ts';
import { discardProblemItem } from '../../db/outbox.ts';
import { formatDateTime } from './format-time.ts';

/** One rating on the device: procedure, time, level, state (with the reason when refused). */
export function OutboxItemRow({
  entry,
  onDiscarded,
}: {
  entry: OutboxListEntry;
  onDiscarded: () => void;
}) {
  const { t, i18n } = useTranslation('outbox');
  const { t: tr } = useTranslation('rating');
  const { item, procedure } = entry;
  const name = procedure
    ? i18n.language === 'vi'
      ? procedure.name.vi
      : (procedure.name.en ?? procedure.name.vi)
    : t('list.unknownProcedure', { code: item.rating.procedureCode });
  const isProblem = item.state === 'rejected' || item.state === 'conflict';
  const isRetrying = item.state === 'pending' && item.attempts > 0;
  const isHeld = item.state === 'pending' && item.attempts === 0 && item.nextAttemptAt > Date.now();

  return (
    <li className={`outbox-item${isProblem ? ' outbox-item--problem' : ''}`}>
      <h3 className="outbox-item__name">{name}</h3>
      <dl className="outbox-item__facts">
        <div>
          <dt>{t('list.ratedAt')}</dt>
          <dd>
            <time dateTime={item.rating.createdAt}>
              {formatDateTime(item.queuedAt, i18n.language)}
            </time>
          </dd>
        </div>
        <div>
          <dt>{t('list.overall')}</dt>
          <dd>{tr(`level.${item.rating.overall}`)}</dd>
        </div>
        <div>
          <dt>{t('list.status')}</dt>
          <dd>
            <span className={`outbox-state outbox-state--${item.state}`}>
              {isProblem && (
                <span aria-hidden="true" className="outbox-state__icon">
                  ⚠{' '}
                </span>
              )}
              {t(`state.${item.state}`)}
            </span>
            {isProblem && item.reason && (
              <span className="outbox-item__reason"> — {t(`reason.${item.reason}`)}</span>
            )}
          </dd>
        </div>
      </dl>
      {isRetrying && (
        <p className="hint">
          {t('retry', {
            count: item.attempts,
            time: formatDateTime(item.nextAttemptAt, i18n.language),
          })}
        </p>
      )}
      {isHeld && (
        <p className="hint">
          {t('held', { time: formatDateTime(item.nextAttemptAt, i18n.language) })}
        </p>
      )}
      {isProblem && <DiscardControl id={item.id} name={name} onDiscarded={onDiscarded} />}
    </li>
  );
}

/** Discarding a refused rating asks first: it is the only way a rating leaves unsent. */
function DiscardControl({
  id,
  name,
  onDiscarded,
}: {
  id: string;
  name: string;
  onDiscarded: () => void;
}) {
  const { t } = useTranslation('outbox');
  const [isConfirming, setIsConfirming] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const discardRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (isConfirming) keepRef.current?.focus();
    else if (wasConfirming.current) discardRef.current?.focus();
    wasConfirming.current = isConfirming;
  }, [isConfirming]);

  if (!isConfirming) {
    return (
      <button
        ref={discardRef}
        type="button"
        className="button button--secondary"
        aria-label={t('discard.buttonLabel', { name })}
        onClick={() => setIsConfirming(true)}
      >
        {t('discard.button')}
      </button>
    );
  }
  return (
    <div className="outbox-confirm" role="group" aria-label={t('discard.button')}>
      <p>{t('discard.confirm')}</p>
      <div className="outbox-confirm__actions">
        <button
          type="button"
          className="button"
          onClick={() => void discardProblemItem(id).then((isDone) => isDone && onDiscarded())}
        >
          {t('discard.yes')}
        </button>
        <button
          ref={keepRef}
          type="button"
          className="button button--secondary"
          onClick={() => setIsConfirming(false)}
        >
          {t('discard.no')}
        </button>
      </div>
    </div>
  );
}
