import { useTranslation } from 'react-i18next';
import { useCatalog } from './useCatalog.ts';

/**
 * Says what the user needs to know about the data behind the screen: loading, offline with no
 * stored copy (first visit without a connection), or a failed refresh over a stored copy.
 */
export function CatalogStatus() {
  const { t } = useTranslation('catalog');
  const { sync, procedureCount, retry } = useCatalog();
  const hasData = (procedureCount ?? 0) > 0;

  if (sync.status === 'syncing') {
    return hasData ? null : (
      <p className="notice" role="status">
        {t('status.loading')}
      </p>
    );
  }
  if (sync.status !== 'offline' && sync.status !== 'failed') return null;
  const key = hasData ? sync.status : `${sync.status}Empty`;
  return (
    <div
      className={hasData ? 'notice' : 'notice notice--error'}
      role={hasData ? 'status' : 'alert'}
    >
      <p>{t(`status.${key}`)}</p>
      <button type="button" className="button button--secondary" onClick={retry}>
        {t('status.retry')}
      </button>
    </div>
  );
}
