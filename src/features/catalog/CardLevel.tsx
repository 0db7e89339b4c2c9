import { useTranslation } from 'react-i18next';
import { useCatalogMeta } from '../../db/hooks-catalog.ts';
import { useProvinceDecisions } from '../../db/hooks-province-lists.ts';
import { hasDifferingLevels, levelInProvince } from '../../domain/procedure-family.ts';
import type { ProcedureEntry } from '../../domain/catalog-delta.ts';
import { LevelBadge } from '../../ui/LevelBadge.tsx';
import { LevelSourceText, provinceName } from './ProvinceLevel.tsx';
import { useChosenProvince } from './useChosenProvince.ts';

/** A search card's level: the chosen province's with its source, or the spread's hint. */
export function CardLevel({
  procedure,
  versions,
}: {
  procedure: ProcedureEntry;
  versions: readonly ProcedureEntry[];
}) {
  const { t, i18n } = useTranslation('catalog');
  const { province } = useChosenProvince();
  const decisions = useProvinceDecisions();
  const meta = useCatalogMeta();
  const others = versions.length - 1;
  const found = province
    ? levelInProvince(versions, province, decisions?.get(province), meta?.updatedAt)
    : undefined;
  if (found) {
    return (
      <>
        <p className="level-where">
          {t('provinceLevel.inProvince', { province: provinceName(province, i18n.language) })}
        </p>
        <LevelBadge level={found.level} />
        <p className="level-source">
          <LevelSourceText source={found.source} />
        </p>
      </>
    );
  }
  return (
    <>
      <LevelBadge level={procedure.onlineLevel} />
      {others > 0 && (
        <p className="level-source">
          {t('provinceLevel.otherVersions', { count: others })}
          {hasDifferingLevels(versions) && ` — ${t('provinceLevel.variesShort')}`}
        </p>
      )}
    </>
  );
}
