import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkStaffPin } from '../../db/kiosk.ts';

/** Asks for the staff PIN set at pairing. */
export function StaffPinPrompt({
  onUnlock,
  onCancel,
}: {
  onUnlock: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('kiosk');
  const [pin, setPin] = useState('');
  const [isWrong, setWrong] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await checkStaffPin(pin)) {
      onUnlock();
    } else {
      setWrong(true);
      setPin('');
      input.current?.focus();
    }
  };

  return (
    <section className="kiosk-staff" aria-labelledby="kiosk-pin-title">
      <h1 id="kiosk-pin-title" className="kiosk-subtitle">
        {t('staff.pinTitle')}
      </h1>
      <form className="kiosk-form" onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor="kiosk-staff-pin">{t('staff.pinLabel')}</label>
        <input
          id="kiosk-staff-pin"
          ref={input}
          className="kiosk-input"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          value={pin}
          aria-invalid={isWrong}
          aria-describedby={isWrong ? 'kiosk-pin-error' : undefined}
          onChange={(event) => setPin(event.target.value)}
        />
        {isWrong && (
          <p id="kiosk-pin-error" className="kiosk-error" role="alert">
            {t('staff.pinWrong')}
          </p>
        )}
        <div className="kiosk-actions">
          <button type="submit" className="kiosk-button kiosk-button--primary">
            {t('staff.unlock')}
          </button>
          <button type="button" className="kiosk-button" onClick={onCancel}>
            {t('staff.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
