import { Link, Navigate, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useKioskPairing } from '../../db/hooks-kiosk.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { KioskScreen, type KioskScreenProps } from './KioskScreen.tsx';
import { PairPage } from './PairPage.tsx';
import './kiosk.css';

export type KioskAppProps = Omit<KioskScreenProps, 'pairing'>;

/** Everything under /kiosk: the kiosk itself, and pairing. No app header or navigation here. */
export function KioskApp(props: KioskAppProps) {
  const { t } = useTranslation('kiosk');
  useDocumentTitle(t('documentTitle'), t('app.name', { ns: 'common' }));
  const pairing = useKioskPairing();
  if (pairing === undefined) return null;
  return (
    <Routes>
      <Route path="pair" element={pairing ? <Navigate to="/kiosk" replace /> : <PairPage />} />
      <Route
        index
        element={pairing ? <KioskScreen pairing={pairing} {...props} /> : <NotPairedView />}
      />
      <Route path="*" element={<Navigate to="/kiosk" replace />} />
    </Routes>
  );
}

function NotPairedView() {
  const { t } = useTranslation('kiosk');
  return (
    <main className="kiosk kiosk-pair">
      <section className="kiosk-staff" aria-labelledby="kiosk-unpaired-title">
        <h1 id="kiosk-unpaired-title" className="kiosk-subtitle">
          {t('notPaired.title')}
        </h1>
        <p className="kiosk-lead">{t('notPaired.body')}</p>
        <Link className="kiosk-button kiosk-button--primary" to="/kiosk/pair">
          {t('notPaired.pair')}
        </Link>
      </section>
    </main>
  );
}
