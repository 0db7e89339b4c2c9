import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serviceWorkerUpdates, type ServiceWorkerUpdates } from './sw-updates.ts';
import { useUpdateWaiting } from './useUpdateWaiting.ts';
import './update-prompt.css';

interface UpdatePromptProps {
  /** Tests pass their own; the app uses the page's one instance. */
  updates?: ServiceWorkerUpdates;
}

/**
 * A polite banner offering a new version. The live region is always in the page, so screen
 * readers announce the message when it appears; nothing steals focus from what the citizen does.
 */
export function UpdatePrompt({ updates = serviceWorkerUpdates }: UpdatePromptProps) {
  const { t } = useTranslation('pwa');
  const isWaiting = useUpdateWaiting(updates);
  const [isDismissed, setDismissed] = useState(false);
  const isVisible = isWaiting && !isDismissed;

  return (
    <div role="status" className={isVisible ? 'update-prompt' : undefined}>
      {isVisible && (
        <>
          <p className="update-prompt__message">{t('update.message')}</p>
          <div className="update-prompt__actions">
            <button
              type="button"
              className="update-prompt__button update-prompt__button--primary"
              onClick={() => updates.applyUpdate()}
            >
              {t('update.reload')}
            </button>
            <button
              type="button"
              className="update-prompt__button"
              onClick={() => setDismissed(true)}
            >
              {t('update.later')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
