import { useTranslation } from 'react-i18next';
import { useSetting } from '../../db/hooks-catalog.ts';
import { useOutboxSummary } from '../../db/hooks-outbox.ts';
import { OUTBOX_SETTING_KEYS } from '../../db/outbox.ts';
import { formatNumber } from '../../ui/format.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { ExportSection } from './ExportSection.tsx';
import { formatDateTime } from './format-time.ts';
import { OutboxList } from './OutboxList.tsx';
import { SendNowResult } from './SendNowResult.tsx';
import { StorageNote } from './StorageNote.tsx';
import { useSendNow } from './useSendNow.ts';
import './outbox.css';

/** /outbox: what waits on this device, what the server refused and why, send now, export. */
export function OutboxPage() {
  const { t, i18n } = useTranslation('outbox');
  const { t: tc } = useTranslation('common');
  useDocumentTitle(t('page.title'), tc('app.name'));
  const summary = useOutboxSummary();
  const lastSync = useSetting(OUTBOX_SETTING_KEYS.lastSyncAt).value;
  const { isSending, report, sendNow } = useSendNow();
  const locale = i18n.language;

  return (
    <div className="outbox" aria-busy={summary === undefined}>
      <h1 tabIndex={-1}>{t('page.title')}</h1>
      <p className="lead">{t('page.lead')}</p>
      <StorageNote />
      {summary && (
        <section aria-labelledby="outbox-summary-title">
          <h2 id="outbox-summary-title" className="visually-hidden">
            {t('summary.title')}
          </h2>
          <dl className="outbox-summary">
            <div>
              <dt>{t('summary.waiting')}</dt>
              <dd>{formatNumber(summary.waiting, locale)}</dd>
            </div>
            <div>
              <dt>{t('summary.oldest')}</dt>
              <dd>
                {summary.oldestWaitingAt === null
                  ? '—'
                  : formatDateTime(summary.oldestWaitingAt, locale)}
              </dd>
            </div>
            <div>
              <dt>{t('summary.problems')}</dt>
              <dd>{formatNumber(summary.problems, locale)}</dd>
            </div>
            <div>
              <dt>{t('summary.lastSync')}</dt>
              <dd>
                {typeof lastSync === 'string'
                  ? formatDateTime(Date.parse(lastSync), locale)
                  : t('summary.never')}
              </dd>
            </div>
          </dl>
        </section>
      )}
      <div className="outbox-actions">
        <button
          type="button"
          className="button"
          disabled={isSending}
          onClick={() => void sendNow()}
        >
          {isSending ? t('sendingNow') : t('sendNow')}
        </button>
        <div role="status" className="outbox-actions__result">
          {report && <SendNowResult report={report} />}
        </div>
      </div>
      {summary && <OutboxList total={summary.total} />}
      <ExportSection />
    </div>
  );
}
