import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { savePairing } from '../../db/kiosk.ts';
import { apiErrorSchema } from '../../domain/api-error.ts';
import { kioskPairResponseSchema, normalizePairingCode } from '../../domain/kiosk.ts';

const PIN_PATTERN = /^\d{4,8}$/;
type PairError = 'code' | 'pin' | 'pinMismatch' | string;

/** /kiosk/pair?code=…: staff trade the operator's one-time code for this tablet's token. */
export function PairPage() {
  const { t } = useTranslation('kiosk');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [code, setCode] = useState(params.get('code') ?? '');
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const [error, setError] = useState<PairError>();
  const [isBusy, setBusy] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (normalizePairingCode(code).length === 0) return setError('code');
    if (!PIN_PATTERN.test(pin)) return setError('pin');
    if (pin !== pinAgain) return setError('pinMismatch');
    setBusy(true);
    setError(undefined);
    try {
      const response = await fetch('/api/kiosks/pair', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code: normalizePairingCode(code) }),
      });
      const body: unknown = await response.json().catch(() => undefined);
      if (!response.ok) {
        const parsed = apiErrorSchema.safeParse(body);
        setError(parsed.success ? parsed.data.error.code : 'server');
        return;
      }
      const paired = kioskPairResponseSchema.parse(body);
      await savePairing(paired.token, paired.kiosk, pin);
      void navigate('/kiosk', { replace: true });
    } catch {
      setError('offline');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="kiosk kiosk-pair">
      <section className="kiosk-staff" aria-labelledby="kiosk-pair-title">
        <h1 id="kiosk-pair-title" className="kiosk-subtitle">
          {t('pair.title')}
        </h1>
        <p className="kiosk-lead">{t('pair.intro')}</p>
        <form className="kiosk-form" onSubmit={(event) => void submit(event)} noValidate>
          {error && (
            <p className="kiosk-error" role="alert" tabIndex={-1} ref={errorRef}>
              {t(`pair.error.${error}`, { defaultValue: t('pair.error.server') })}
            </p>
          )}
          <label htmlFor="kiosk-pair-code">{t('pair.code')}</label>
          <input
            id="kiosk-pair-code"
            className="kiosk-input"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={code}
            aria-invalid={error === 'code'}
            onChange={(event) => setCode(event.target.value)}
          />
          <label htmlFor="kiosk-pair-pin">{t('pair.pin')}</label>
          <p id="kiosk-pair-pin-hint" className="kiosk-hint">
            {t('pair.pinHint')}
          </p>
          <input
            id="kiosk-pair-pin"
            className="kiosk-input"
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            value={pin}
            aria-describedby="kiosk-pair-pin-hint"
            aria-invalid={error === 'pin'}
            onChange={(event) => setPin(event.target.value)}
          />
          <label htmlFor="kiosk-pair-pin-again">{t('pair.pinAgain')}</label>
          <input
            id="kiosk-pair-pin-again"
            className="kiosk-input"
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            value={pinAgain}
            aria-invalid={error === 'pinMismatch'}
            onChange={(event) => setPinAgain(event.target.value)}
          />
          <div className="kiosk-actions">
            <button type="submit" className="kiosk-button kiosk-button--primary" disabled={isBusy}>
              {t('pair.submit')}
            </button>
          </div>
        </form>
      </section>
    </main>
  );
}
