import { useTranslation } from 'react-i18next';
import { useCatalogMeta } from '../../db/hooks-catalog.ts';
import { formatDate } from '../../ui/format.ts';

/** "Data as of <date>": how fresh the stored catalogue is, shown in the header. */
export function DataAsOf() {
  const { t, i18n } = useTranslation('catalog');
  const meta = useCatalogMeta();
  if (meta === undefined) return null;
  return (
    <p className="data-as-of">
      {meta
        ? t('status.asOf', { date: formatDate(meta.updatedAt, i18n.language) })
        : t('status.noData')}
    </p>
  );
}
