import { useCallback, useEffect, useRef, useState } from 'react';
import {
  clearRatingDraft,
  loadRatingDraft,
  saveRatingDraft,
  type RatingDraft,
} from '../../db/rating-draft.ts';
import type { ProvinceCode } from '../../domain/provinces.ts';

const SAVE_DELAY_MS = 400;

export function emptyDraft(province: ProvinceCode | undefined): RatingDraft {
  return { criteria: {}, dossierCode: '', comment: '', ...(province ? { province } : {}) };
}

/**
 * The form's state, restored from the device and saved back shortly after each change (and at
 * once when the form goes away), so no answer is lost to a reload. `undefined` while loading.
 */
export function useRatingDraft(
  procedureCode: string,
  defaultProvince: ProvinceCode | undefined,
  isReady: boolean,
): {
  draft: RatingDraft | undefined;
  update: (changes: Partial<RatingDraft>) => void;
  discard: () => Promise<void>;
} {
  const [draft, setDraft] = useState<RatingDraft>();
  const latest = useRef<RatingDraft | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const isDirty = useRef(false);

  useEffect(() => {
    // Loaded once: a later change of the remembered province must not reset the answers.
    if (!isReady || latest.current) return;
    let isCurrent = true;
    void loadRatingDraft(procedureCode).then((stored) => {
      if (!isCurrent) return;
      const initial = stored ?? emptyDraft(defaultProvince);
      latest.current = initial;
      setDraft(initial);
    });
    return () => {
      isCurrent = false;
    };
  }, [procedureCode, defaultProvince, isReady]);

  const saveNow = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (isDirty.current && latest.current) {
      isDirty.current = false;
      void saveRatingDraft(procedureCode, latest.current);
    }
  }, [procedureCode]);

  // Leaving the form (another page, the tab hidden or closed) saves what is pending at once.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    window.addEventListener('pagehide', saveNow);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', saveNow);
      document.removeEventListener('visibilitychange', onHide);
      saveNow();
    };
  }, [saveNow]);

  const update = useCallback(
    (changes: Partial<RatingDraft>) => {
      if (!latest.current) return;
      const next = { ...latest.current, ...changes };
      latest.current = next;
      isDirty.current = true;
      setDraft(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(saveNow, SAVE_DELAY_MS);
    },
    [saveNow],
  );

  const discard = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    isDirty.current = false;
    await clearRatingDraft(procedureCode);
  }, [procedureCode]);

  return { draft, update, discard };
}
