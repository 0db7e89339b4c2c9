import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOutboxItems } from '../../db/hooks-outbox.ts';
import { formatNumber } from '../../ui/format.ts';
import { OutboxItemRow } from './OutboxItemRow.tsx';

const PAGE_SIZE = 50;

/** The ratings on the device, oldest first, a page at a time. */
export function OutboxList({ total }: { total: number }) {
  const { t, i18n } = useTranslation('outbox');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const entries = useOutboxItems(limit);
  const [message, setMessage] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  const onDiscarded = () => {
    setMessage(t('discard.done'));
    // The discarded row and its buttons are gone: give focus a stable place.
    headingRef.current?.focus();
  };

  return (
    <section aria-labelledby="outbox-list-title">
      <h2 id="outbox-list-title" ref={headingRef} tabIndex={-1}>
        {t('list.title')}
      </h2>
      <p role="status">{message}</p>
      {entries && entries.length === 0 && <p>{t('list.empty')}</p>}
      {entries && entries.length > 0 && (
        <ul className="outbox-list">
          {entries.map((entry) => (
            <OutboxItemRow key={entry.item.id} entry={entry} onDiscarded={onDiscarded} />
          ))}
        </ul>
      )}
      {entries && total > entries.length && (
        <div className="outbox-list__more">
          <p className="hint">
            {t('list.shown', {
              shown: formatNumber(entries.length, i18n.language),
              total: formatNumber(total, i18n.language),
            })}
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setLimit((n) => n + PAGE_SIZE)}
          >
            {t('list.more')}
          </button>
        </div>
      )}
    </section>
  );
}
