import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryError {
  /** Id of the control the link moves to. */
  targetId: string;
  message: string;
}

/**
 * GOV.UK's error summary: at the top of the form, takes focus when shown (so a screen reader
 * reads it at once), each error a link that moves focus to its field. `focusKey` changes on
 * every failed submit, so a second failure takes focus again.
 */
export function ErrorSummary({ errors, focusKey }: { errors: SummaryError[]; focusKey: number }) {
  const { t } = useTranslation('rating');
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);

  const onLinkClick = (event: MouseEvent<HTMLAnchorElement>, targetId: string) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    // The router owns the URL: move focus ourselves instead of following the #fragment.
    event.preventDefault();
    target.focus();
    target.scrollIntoView?.({ block: 'center' });
  };

  return (
    <div
      ref={ref}
      className="error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby="rating-error-summary-title"
    >
      <h2 id="rating-error-summary-title">{t('errors.summaryTitle')}</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.targetId}>
            <a href={`#${error.targetId}`} onClick={(e) => onLinkClick(e, error.targetId)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
