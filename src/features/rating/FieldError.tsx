import { useTranslation } from 'react-i18next';

/** An error beside its field; "Error:" is read out, the red bar and bold text show it. */
export function FieldError({ id, message }: { id: string; message: string }) {
  const { t } = useTranslation('rating');
  return (
    <p id={id} className="field-error">
      <span className="visually-hidden">{t('errors.prefix')} </span>
      {message}
    </p>
  );
}
