import { useCallback, useState } from 'react';
import type { FlushReport } from './flush-engine.ts';
import { requestOutboxSync } from './sync-triggers.ts';

/** "Send now": a forced flush, and its report for the screen to explain. */
export function useSendNow(): {
  isSending: boolean;
  report: FlushReport | undefined;
  sendNow: () => Promise<void>;
} {
  const [isSending, setIsSending] = useState(false);
  const [report, setReport] = useState<FlushReport>();
  const sendNow = useCallback(async () => {
    setIsSending(true);
    setReport(undefined);
    try {
      setReport(await requestOutboxSync({ force: true, waitForTurn: true }));
    } finally {
      setIsSending(false);
    }
  }, []);
  return { isSending, report, sendNow };
}
