import { useCallback, useEffect, useRef, useState } from 'react';
import {
  completeKioskRating,
  countFilteredPress,
  enqueueKioskRating,
  releaseKioskRating,
} from '../../db/kiosk.ts';
import type { Kiosk } from '../../domain/kiosk.ts';
import type { Locale, Rating, SatisfactionLevel } from '../../domain/rating.ts';
import { makeKioskRating } from './kiosk-rating.ts';
import { FOLLOW_UP_HOLD_MS, KIOSK_TIMING } from './kiosk-timing.ts';

export type KioskPhase = 'start' | 'followUp' | 'thanks';

export type FollowUpAnswers = Pick<Rating, 'procedureCode' | 'criteria' | 'comment'>;

export interface KioskFlowOptions {
  kiosk: Kiosk;
  locale: Locale;
  /** Called at every reset (between two people): language back to Vietnamese, updates. */
  onReset: () => void;
  /** Asks the outbox to sync now (a rating is ready to go). */
  requestSync: () => void;
}

/**
 * The kiosk's flow: start → (one tap) follow-up → thank-you → reset.
 *
 * Why the one-tap rating is written at once and updated later, not written at the end: a tablet
 * can lose power or be reloaded during the follow-up, and the tap must survive that. So the tap
 * writes the rating to the outbox immediately, held back from sync for the follow-up's time
 * (`FOLLOW_UP_HOLD_MS`). The follow-up then adds its answers to that SAME item (same id) while it
 * is still pending, and releases it. If the item already left (a forced sync, the hold expired),
 * the answers are dropped rather than sent as a second rating: one tap is counted exactly once.
 */
export function useKioskFlow({ kiosk, locale, onReset, requestSync }: KioskFlowOptions) {
  const [phase, setPhase] = useState<KioskPhase>('start');
  const [ratingId, setRatingId] = useState<string>();
  // Refs, not state: two taps in the same frame must see the first one's time.
  const lastSubmitAt = useRef(-Infinity);
  const currentId = useRef<string | undefined>(undefined);

  const isWithinRepeatWindow = useCallback(
    () => Date.now() - lastSubmitAt.current < KIOSK_TIMING.repeatPressWindow,
    [],
  );

  /** Ignores a press that follows a submission too closely, and counts it for staff. */
  const filterPress = useCallback((): boolean => {
    if (!isWithinRepeatWindow()) return false;
    void countFilteredPress();
    return true;
  }, [isWithinRepeatWindow]);

  const rate = useCallback(
    (overall: SatisfactionLevel) => {
      if (filterPress() || currentId.current) return;
      const rating = makeKioskRating(kiosk, overall, locale);
      lastSubmitAt.current = Date.now();
      currentId.current = rating.id;
      setRatingId(rating.id);
      setPhase('followUp');
      void enqueueKioskRating(rating, Date.now() + FOLLOW_UP_HOLD_MS);
    },
    [filterPress, kiosk, locale],
  );

  const release = useCallback(async () => {
    const id = currentId.current;
    if (id) await releaseKioskRating(id);
    requestSync();
  }, [requestSync]);

  const finishFollowUp = useCallback(
    (answers: FollowUpAnswers | undefined) => {
      const id = currentId.current;
      if (!id) return;
      currentId.current = undefined;
      setPhase('thanks');
      void (answers ? completeKioskRating(id, answers) : releaseKioskRating(id)).then(requestSync);
    },
    [requestSync],
  );

  const reset = useCallback(() => {
    if (currentId.current) void release();
    currentId.current = undefined;
    setRatingId(undefined);
    setPhase('start');
    onReset();
  }, [onReset, release]);

  // The thank-you screen resets by itself for the next person.
  useEffect(() => {
    if (phase !== 'thanks') return undefined;
    const timer = setTimeout(reset, KIOSK_TIMING.thanksDuration);
    return () => clearTimeout(timer);
  }, [phase, reset]);

  return { phase, ratingId, rate, finishFollowUp, reset, filterPress };
}
