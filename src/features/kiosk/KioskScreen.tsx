import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskPairing } from '../../db/kiosk.ts';
import { DEFAULT_KIOSK_LOCALE, isKioskLocale } from './kiosk-locale.ts';
import { initialProcedureFor } from './kiosk-rating.ts';
import { KIOSK_TIMING } from './kiosk-timing.ts';
import { FollowUpView } from './FollowUpView.tsx';
import { KioskLanguageSwitch } from './KioskLanguageSwitch.tsx';
import { StaffCorner } from './StaffCorner.tsx';
import { StaffPanel } from './StaffPanel.tsx';
import { StaffPinPrompt } from './StaffPinPrompt.tsx';
import { StartView } from './StartView.tsx';
import { ThanksView } from './ThanksView.tsx';
import { useIdleTimeout } from './useIdleTimeout.ts';
import { useKioskFlow } from './useKioskFlow.ts';

export interface KioskScreenProps {
  pairing: KioskPairing;
  /** Asks the outbox to sync now. */
  requestSync: () => void;
  /** Applies a waiting app update; called only at a reset, between two people. */
  applyPendingUpdate?: () => void;
  /** ISO time of the last successful sync, for the staff panel. */
  lastSyncAt?: string;
}

type Mode = 'flow' | 'pin' | 'staff';

/** The kiosk: full screen, no app header, no way out but the staff corner and its PIN. */
export function KioskScreen({
  pairing,
  requestSync,
  applyPendingUpdate,
  lastSyncAt,
}: KioskScreenProps) {
  const { i18n } = useTranslation('kiosk');
  const [mode, setMode] = useState<Mode>('flow');
  const locale = isKioskLocale(i18n.language) ? i18n.language : DEFAULT_KIOSK_LOCALE;

  // Between two people: default language, and the moment a waiting update may take over.
  const onReset = useCallback(() => {
    if (i18n.language !== DEFAULT_KIOSK_LOCALE) void i18n.changeLanguage(DEFAULT_KIOSK_LOCALE);
    applyPendingUpdate?.();
  }, [i18n, applyPendingUpdate]);

  const flow = useKioskFlow({ kiosk: pairing.kiosk, locale, onReset, requestSync });
  const { reset } = flow;

  const resetAll = useCallback(() => {
    setMode('flow');
    reset();
  }, [reset]);
  useIdleTimeout(KIOSK_TIMING.idleTimeout, resetAll);

  useEffect(() => {
    if (i18n.language !== DEFAULT_KIOSK_LOCALE) void i18n.changeLanguage(DEFAULT_KIOSK_LOCALE);
    requestSync();
    // Only once, when the kiosk opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div className="kiosk" onPointerDown={enterFullscreen}>
      <div className="kiosk-bar">
        <KioskLanguageSwitch />
        <StaffCorner onOpen={() => setMode('pin')} />
      </div>
      <main className="kiosk-main">
        {mode === 'pin' && <StaffPinPrompt onUnlock={() => setMode('staff')} onCancel={resetAll} />}
        {mode === 'staff' && (
          <StaffPanel
            pairing={pairing}
            lastSyncAt={lastSyncAt}
            requestSync={requestSync}
            onClose={resetAll}
          />
        )}
        {mode === 'flow' && flow.phase === 'start' && (
          <StartView kiosk={pairing.kiosk} onRate={flow.rate} />
        )}
        {mode === 'flow' && flow.phase === 'followUp' && (
          <FollowUpView
            key={flow.ratingId}
            kiosk={pairing.kiosk}
            initialProcedure={initialProcedureFor(pairing.kiosk)}
            onDone={flow.finishFollowUp}
            filterPress={flow.filterPress}
          />
        )}
        {mode === 'flow' && flow.phase === 'thanks' && <ThanksView />}
      </main>
    </div>
  );
}

/** Browsers allow full screen only from a user gesture; the first touch is one. */
function enterFullscreen() {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen({ navigationUI: 'hide' }).catch(() => {
    // Refused (an iframe, a browser policy): the kiosk still works, only with browser chrome.
  });
}
