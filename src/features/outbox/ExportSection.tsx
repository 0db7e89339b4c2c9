import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportOutboxAsBlob } from '../../db/kiosk-export.ts';

/** File name with the date, so several exports do not overwrite each other. */
export function exportFileName(now: Date): string {
  const stamp = now.toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return `dvc-ratings-${stamp}.json`;
}

/**
 * "Export as JSON file": every rating on the device with its state, so nothing depends on this
 * browser alone. Downloaded through a Blob and a link with the download attribute.
 */
export function ExportSection() {
  const { t } = useTranslation('outbox');
  const [fileName, setFileName] = useState<string>();

  const onExport = async () => {
    const blob = await exportOutboxAsBlob();
    const name = exportFileName(new Date());
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    // Some browsers start the download after click() returns; give them a moment.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setFileName(name);
  };

  return (
    <section className="outbox-export" aria-labelledby="outbox-export-title">
      <h2 id="outbox-export-title">{t('export.title')}</h2>
      <p className="hint">{t('export.hint')}</p>
      <button type="button" className="button button--secondary" onClick={() => void onExport()}>
        {t('export.button')}
      </button>
      <p role="status" className="outbox-export__status">
        {fileName ? t('export.ready', { fileName }) : ''}
      </p>
    </section>
  );
}
