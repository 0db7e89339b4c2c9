import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SATISFACTION_LEVELS, type SatisfactionLevel } from '../../domain/rating.ts';
import { FieldError } from './FieldError.tsx';

/**
 * One question on the three-level scale as a radio group: big targets, the level in words (never
 * colour alone), and for criteria a "Not rated" choice so an answer can be taken back.
 */
export function LevelRadios({
  name,
  legend,
  value,
  onChange,
  allowNotRated = false,
  error,
  isLarge = false,
}: {
  name: string;
  legend: ReactNode;
  value: SatisfactionLevel | undefined;
  onChange: (value: SatisfactionLevel | undefined) => void;
  allowNotRated?: boolean;
  error?: string | undefined;
  isLarge?: boolean;
}) {
  const { t } = useTranslation('rating');
  const errorId = `${name}-error`;
  const options: (SatisfactionLevel | 'notRated')[] = allowNotRated
    ? [...SATISFACTION_LEVELS, 'notRated']
    : [...SATISFACTION_LEVELS];
  return (
    <fieldset
      className={`levels${isLarge ? ' levels--large' : ''}${error ? ' field--error' : ''}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {error && <FieldError id={errorId} message={error} />}
      <div className="levels__options">
        {options.map((option) => {
          const id = `${name}-${option}`;
          const isChecked = option === 'notRated' ? value === undefined : value === option;
          return (
            <label key={option} htmlFor={id} className={`level-option level-option--${option}`}>
              <input
                type="radio"
                id={id}
                name={name}
                value={option}
                checked={isChecked}
                aria-invalid={error ? true : undefined}
                onChange={() => onChange(option === 'notRated' ? undefined : option)}
              />
              <span>{t(`level.${option}`)}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
