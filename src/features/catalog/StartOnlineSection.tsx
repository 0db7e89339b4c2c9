import { useTranslation } from 'react-i18next';
import { PORTAL_BASE_URL, type Procedure } from '../../domain/procedure.ts';

/**
 * How to start a full-process or partial procedure online (issue 11, item 4). This app files
 * nothing: the national portal does, and signing in there needs a VNeID electronic identity
 * account (Decree 69/2024/NĐ-CP) — said plainly, so nobody is surprised at the login page.
 */
export function StartOnlineSection({ procedure }: { procedure: Procedure }) {
  const { t } = useTranslation('catalog');
  const { t: tc } = useTranslation('common');
  const level = procedure.onlineLevel;
  if (level !== 'full' && level !== 'partial') return null;
  const href = procedure.portalUrl ?? PORTAL_BASE_URL;
  return (
    <section aria-labelledby="online-heading">
      <h2 id="online-heading">{t('online.title')}</h2>
      <p>{t(`online.what.${level}`)}</p>
      <ol className="source-list">
        <li>
          <a href={href} target="_blank" rel="noopener noreferrer">
            {procedure.portalUrl ? t('online.open') : t('online.openPortal')}{' '}
            <span className="new-tab">{tc('newTab')}</span>
          </a>
          {!procedure.portalUrl && <> {t('online.searchCode', { code: procedure.code })}</>}
        </li>
        <li>{t('online.signIn')}</li>
        <li>{t('online.file')}</li>
      </ol>
      <p className="hint">{t('online.notHere')}</p>
    </section>
  );
}
