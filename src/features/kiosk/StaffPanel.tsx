import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFilteredPresses, useKioskQueueStatus } from '../../db/hooks-kiosk.ts';
import { exportOutboxAsBlob } from '../../db/kiosk-export.ts';
import { unpair, type KioskPairing } from '../../db/kiosk.ts';
import { version as APP_VERSION } from '../../../package.json';
import { useStoragePersisted } from './useStoragePersisted.ts';

interface StaffPanelProps {
  pairing: KioskPairing;
  /** ISO time of the last sync the server answered, when known. */
  lastSyncAt: string | undefined;
  requestSync: () => void;
  onClose: () => void;
}

/** What staff need to look after a kiosk that may be offline for weeks. */
export function StaffPanel({ pairing, lastSyncAt, requestSync, onClose }: StaffPanelProps) {
  const { t, i18n } = useTranslation('kiosk');
  const queue = useKioskQueueStatus();
  const filtered = useFilteredPresses();
  const persisted = useStoragePersisted();
  const [isConfirmingUnpair, setConfirmingUnpair] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const number = new Intl.NumberFormat(i18n.language);
  const dateTime = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const when = (value: string | number | undefined) =>
    value === undefined ? t('staff.never') : dateTime.format(new Date(value));

  const exportQueue = async () => {
    const blob = await exportOutboxAsBlob();
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `kiosk-queue-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <section className="kiosk-staff" aria-labelledby="kiosk-staff-title">
      <h1 id="kiosk-staff-title" className="kiosk-subtitle" tabIndex={-1} ref={heading}>
        {t('staff.title')}
      </h1>
      <p className="kiosk-office">
        {pairing.kiosk.name} — {pairing.kiosk.agency}
      </p>
      <dl className="kiosk-facts">
        <dt>{t('staff.waiting')}</dt>
        <dd>{queue ? number.format(queue.waiting) : '…'}</dd>
        <dt>{t('staff.refused')}</dt>
        <dd>{queue ? number.format(queue.refused) : '…'}</dd>
        <dt>{t('staff.oldest')}</dt>
        <dd>{queue ? when(queue.oldestWaitingAt) : '…'}</dd>
        <dt>{t('staff.lastSync')}</dt>
        <dd>{when(lastSyncAt)}</dd>
        <dt>{t('staff.storage')}</dt>
        <dd>
          {persisted === undefined
            ? t('staff.storageUnknown')
            : persisted
              ? t('staff.storagePersisted')
              : t('staff.storageNotPersisted')}
        </dd>
        <dt>{t('staff.filtered')}</dt>
        <dd>{number.format(filtered)}</dd>
        <dt>{t('staff.version')}</dt>
        <dd>{APP_VERSION}</dd>
      </dl>

      <div className="kiosk-actions">
        <button type="button" className="kiosk-button kiosk-button--primary" onClick={requestSync}>
          {t('staff.sync')}
        </button>
        <button type="button" className="kiosk-button" onClick={() => void exportQueue()}>
          {t('staff.export')}
        </button>
        <button type="button" className="kiosk-button" onClick={() => setConfirmingUnpair(true)}>
          {t('staff.unpair')}
        </button>
        <button type="button" className="kiosk-button" onClick={onClose}>
          {t('staff.close')}
        </button>
      </div>

      {isConfirmingUnpair && (
        <div
          className="kiosk-confirm"
          role="alertdialog"
          aria-labelledby="kiosk-unpair-title"
          aria-describedby="kiosk-unpair-body"
        >
          <h2 id="kiosk-unpair-title">{t('staff.unpairTitle')}</h2>
          <p id="kiosk-unpair-body">
            {queue && queue.waiting > 0
              ? t('staff.unpairWarning', {
                  count: queue.waiting,
                  formatted: number.format(queue.waiting),
                })
              : t('staff.unpairBody')}
          </p>
          <div className="kiosk-actions">
            <button
              type="button"
              className="kiosk-button kiosk-button--danger"
              onClick={() => void unpair()}
            >
              {t('staff.unpairConfirm')}
            </button>
            <button
              type="button"
              className="kiosk-button"
              onClick={() => setConfirmingUnpair(false)}
            >
              {t('staff.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
