import { useTranslation } from 'react-i18next';
import type { Procedure } from '../../domain/procedure.ts';
import { formatCalendarDay } from '../../ui/format.ts';
import { DataAsOf } from './DataAsOf.tsx';

/**
 * Whose facts this page shows and how old they are (issue 11, items 5 and 10): the portal's
 * record and the day the portal last changed it, or our curated entry; then the date of the
 * catalogue stored on this device. Our summary and English name are said to be ours.
 */
export function DataSourceNote({ procedure }: { procedure: Procedure }) {
  const { t, i18n } = useTranslation('catalog');
  const day = procedure.sourceUpdatedAt;
  const source =
    procedure.factsSource === 'curated'
      ? t('source.curated')
      : procedure.factsSource === 'portal'
        ? day
          ? t('source.portalDated', { date: formatCalendarDay(day, i18n.language) })
          : t('source.portal')
        : t('source.unknown');
  const hasOwnWords = procedure.summary !== undefined || procedure.name.en !== undefined;
  return (
    <aside className="data-source" aria-label={t('source.label')}>
      <p>
        {source}
        {hasOwnWords && procedure.factsSource === 'portal' && <> {t('source.ownWords')}</>}
      </p>
      <DataAsOf />
    </aside>
  );
}
