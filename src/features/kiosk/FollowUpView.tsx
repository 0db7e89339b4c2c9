import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useProcedure } from '../../db/hooks-catalog.ts';
import type { Kiosk } from '../../domain/kiosk.ts';
import {
  COMMENT_MAX_LENGTH,
  SATISFACTION_LEVELS,
  type RatingCriterion,
  type SatisfactionLevel,
} from '../../domain/rating.ts';
import { KIOSK_CRITERIA } from './kiosk-rating.ts';
import { KIOSK_TIMING } from './kiosk-timing.ts';
import type { FollowUpAnswers } from './useKioskFlow.ts';

interface FollowUpViewProps {
  kiosk: Kiosk;
  /** The procedure the one-tap rating was recorded with. */
  initialProcedure: string;
  /** undefined = nothing answered (skipped or timed out without a touch). */
  onDone: (answers: FollowUpAnswers | undefined) => void;
  /** True when a press must be ignored (too soon after the tap that brought us here). */
  filterPress: () => boolean;
}

/**
 * Optional questions after the tap: which procedure (from the desk's list) and a few criteria.
 * Closes by itself after a while without a touch, keeping what was answered.
 */
export function FollowUpView({ kiosk, initialProcedure, onDone, filterPress }: FollowUpViewProps) {
  const { t } = useTranslation('kiosk');
  const [procedureCode, setProcedureCode] = useState(initialProcedure);
  const [criteria, setCriteria] = useState<Partial<Record<RatingCriterion, SatisfactionLevel>>>({});
  const [comment, setComment] = useState('');
  const [touches, setTouches] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const isAnswered =
    procedureCode !== initialProcedure || Object.keys(criteria).length > 0 || comment.trim() !== '';
  const answers = (): FollowUpAnswers | undefined =>
    isAnswered ? { procedureCode, criteria, comment: comment.trim() || undefined } : undefined;
  // The timeout below reads the answers as they are when it fires, not when it was set.
  const latest = useRef(answers);
  useEffect(() => {
    latest.current = answers;
  });

  useEffect(() => heading.current?.focus(), []);
  // Restarted by every touch (`touches`): the person is still answering.
  useEffect(() => {
    const timer = setTimeout(() => onDone(latest.current()), KIOSK_TIMING.followUpTimeout);
    return () => clearTimeout(timer);
  }, [touches, onDone]);

  // A double tap on the start screen must not also answer here: swallow presses in the window.
  const onClickCapture = (event: MouseEvent) => {
    if (filterPress()) {
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    setTouches((n) => n + 1);
  };

  return (
    <section
      className="kiosk-followup"
      aria-labelledby="kiosk-followup-title"
      onClickCapture={onClickCapture}
      onKeyDown={() => setTouches((n) => n + 1)}
    >
      <p className="kiosk-recorded" role="status">
        {t('followUp.recorded')}
      </p>
      <h1 id="kiosk-followup-title" className="kiosk-subtitle" tabIndex={-1} ref={heading}>
        {t('followUp.title')}
      </h1>

      {kiosk.procedures.length > 1 && (
        <fieldset className="kiosk-group">
          <legend>{t('followUp.procedure')}</legend>
          <div className="kiosk-choices">
            {kiosk.procedures.map((code) => (
              <ProcedureChoice
                key={code}
                code={code}
                isChosen={procedureCode === code}
                onChoose={() => setProcedureCode(code)}
              />
            ))}
          </div>
        </fieldset>
      )}

      {KIOSK_CRITERIA.map((criterion) => (
        <fieldset key={criterion} className="kiosk-group">
          <legend>{t(`followUp.criteria.${criterion}`)}</legend>
          <div className="kiosk-choices kiosk-choices--levels">
            {SATISFACTION_LEVELS.map((level) => (
              <button
                key={level}
                type="button"
                className="kiosk-choice"
                aria-pressed={criteria[criterion] === level}
                onClick={() => setCriteria((c) => ({ ...c, [criterion]: level }))}
              >
                {t(`level.${level}`)}
              </button>
            ))}
          </div>
        </fieldset>
      ))}

      {kiosk.allowComments && (
        <div className="kiosk-group">
          <label htmlFor="kiosk-comment">{t('followUp.comment')}</label>
          <p id="kiosk-comment-hint" className="kiosk-hint">
            {t('followUp.commentHint')}
          </p>
          <textarea
            id="kiosk-comment"
            className="kiosk-comment"
            aria-describedby="kiosk-comment-hint"
            maxLength={COMMENT_MAX_LENGTH}
            // A shared device: the browser must not remember what one person typed.
            autoComplete="off"
            spellCheck={false}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
        </div>
      )}

      <div className="kiosk-actions">
        <button
          type="button"
          className="kiosk-button kiosk-button--primary"
          onClick={() => onDone(answers())}
        >
          {t('followUp.send')}
        </button>
        <button type="button" className="kiosk-button" onClick={() => onDone(undefined)}>
          {t('followUp.skip')}
        </button>
      </div>
      <p className="kiosk-hint">
        {t('followUp.timeout', { seconds: KIOSK_TIMING.followUpTimeout / 1000 })}
      </p>
    </section>
  );
}

function ProcedureChoice(props: { code: string; isChosen: boolean; onChoose: () => void }) {
  const { i18n } = useTranslation('kiosk');
  const procedure = useProcedure(props.code);
  const name = procedure
    ? ((i18n.language === 'en' ? procedure.name.en : undefined) ?? procedure.name.vi)
    : props.code;
  return (
    <button
      type="button"
      className="kiosk-choice"
      aria-pressed={props.isChosen}
      onClick={props.onChoose}
    >
      {name}
    </button>
  );
}
