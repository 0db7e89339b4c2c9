import { useTranslation } from 'react-i18next';
import { useSetting } from '../../db/hooks-catalog.ts';
import { OUTBOX_SETTING_KEYS } from '../../db/outbox.ts';
import { isPersistenceState } from './sync-triggers.ts';

/**
 * Whether the browser agreed to keep our storage (asked at the first rating). A refusal gets a
 * visible notice: on a phone short of space, the ratings could be cleared before they are sent.
 */
export function StorageNote() {
  const { t } = useTranslation('outbox');
  const { value } = useSetting(OUTBOX_SETTING_KEYS.persistence);
  if (!isPersistenceState(value)) return null;
  return (
    <p className={value === 'granted' ? 'hint' : 'notice notice--warning'}>
      {t(`storage.${value}`)}
    </p>
  );
}
