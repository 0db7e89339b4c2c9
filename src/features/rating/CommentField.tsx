import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMENT_MAX_LENGTH } from '../../domain/rating.ts';
import { formatNumber } from '../../ui/format.ts';
import { FieldError } from './FieldError.tsx';

/** Screen readers hear the count after a pause in typing, not at every key. */
const ANNOUNCE_DELAY_MS = 1_000;

/**
 * Optional comment with a warning against personal data and a character count (GOV.UK's
 * pattern: no hard stop at the limit, so pasted text is never cut off unseen; the count says
 * how many characters are too many, and the form refuses to send until it fits).
 */
export function CommentField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const { t, i18n } = useTranslation('rating');
  const left = COMMENT_MAX_LENGTH - value.trim().length;
  const countText =
    left >= 0
      ? t('comment.remaining', { count: left, formatted: formatNumber(left, i18n.language) })
      : t('comment.tooMany', { count: -left, formatted: formatNumber(-left, i18n.language) });
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(countText), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [countText]);

  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor="rating-comment">
        {t('comment.label')} <span className="field__optional">{t('form.optional')}</span>
      </label>
      <p id="rating-comment-warning" className="field-warning">
        <span aria-hidden="true">⚠ </span>
        {t('comment.warning')}
      </p>
      {error && <FieldError id="rating-comment-error" message={error} />}
      <textarea
        id="rating-comment"
        name="comment"
        rows={5}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={[
          'rating-comment-warning',
          'rating-comment-count',
          error ? 'rating-comment-error' : '',
        ]
          .filter(Boolean)
          .join(' ')}
        // A comment is free text about the service, not something to remember across forms.
        autoComplete="off"
      />
      <p id="rating-comment-count" className={left < 0 ? 'count-error' : 'hint'}>
        {countText}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </div>
  );
}
