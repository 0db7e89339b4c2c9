import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCatalogMeta } from '../../db/hooks-catalog.ts';
import { useProvinceDecisions } from '../../db/hooks-province-lists.ts';
import type { OnlineLevel } from '../../domain/online-level.ts';
import {
  hasDifferingLevels,
  levelInProvince,
  levelSpread,
  type LevelSource,
} from '../../domain/procedure-family.ts';
import type { ProcedureEntry } from '../../domain/catalog-delta.ts';
import { findProvince, type ProvinceCode } from '../../domain/provinces.ts';
import { formatCalendarDay, formatNumber } from '../../ui/format.ts';
import { LevelBadge } from '../../ui/LevelBadge.tsx';
import { procedurePath } from './paths.ts';
import { useCatalog } from './useCatalog.ts';
import { useChosenProvince } from './useChosenProvince.ts';

/** The family of a procedure as the device knows it (just the procedure until it is read). */
export function useFamilyVersions(procedure: ProcedureEntry): readonly ProcedureEntry[] {
  const { families } = useCatalog();
  return families?.get(procedure.code)?.versions ?? [procedure];
}

export function provinceName(code: ProvinceCode | undefined, language: string): string {
  const province = findProvince(code);
  if (!province) return code ?? '';
  return language === 'vi' ? province.vi : province.en;
}

/** "Theo Quyết định số … ngày … của UBND …" or "Theo Cổng Dịch vụ công quốc gia, dữ liệu ngày …". */
export function LevelSourceText({ source }: { source: LevelSource }) {
  const { t, i18n } = useTranslation('catalog');
  if (source.kind === 'province_decision') {
    return t('provinceLevel.sourceDecision', {
      decision: source.decision,
      date: formatCalendarDay(source.decisionDate, i18n.language),
      province: provinceName(source.province, i18n.language),
    });
  }
  return source.asOf
    ? t('provinceLevel.sourcePortal', { date: formatCalendarDay(source.asOf, i18n.language) })
    : t('provinceLevel.sourcePortalNoDate');
}

/**
 * The level a citizen gets (issue 12, items 3 and 5): with a province chosen, that province's
 * level and where it comes from (its decision wins over the national flag); without one, this
 * version's level, and the spread across provinces when the versions differ.
 */
export function ProvinceLevel({ procedure }: { procedure: ProcedureEntry }) {
  const { t, i18n } = useTranslation('catalog');
  const { province } = useChosenProvince();
  const decisions = useProvinceDecisions();
  const meta = useCatalogMeta();
  const versions = useFamilyVersions(procedure);
  const catalogDate = meta?.updatedAt;
  const lang = i18n.language;

  if (province) {
    const found = levelInProvince(versions, province, decisions?.get(province), catalogDate);
    if (!found) {
      return (
        <>
          <LevelBadge level={procedure.onlineLevel} />
          <p className="level-source">
            {t('provinceLevel.notInProvince', {
              owner: provinceName(procedure.province, lang),
              province: provinceName(province, lang),
            })}
          </p>
        </>
      );
    }
    return (
      <>
        <p className="level-where">
          {t('provinceLevel.inProvince', { province: provinceName(province, lang) })}
        </p>
        <LevelBadge level={found.level} />
        <p className="level-source">
          <LevelSourceText source={found.source} />
        </p>
        {found.version.code !== procedure.code && (
          <p className="level-source">
            <Link to={procedurePath(found.version.code)}>
              {t(
                found.isProvinceVersion
                  ? 'provinceLevel.ownVersion'
                  : 'provinceLevel.nationalVersion',
                {
                  province: provinceName(province, lang),
                  code: found.version.code,
                },
              )}
            </Link>
          </p>
        )}
      </>
    );
  }
  const asOf = procedure.sourceUpdatedAt ?? catalogDate?.slice(0, 10);
  return (
    <>
      {procedure.province && (
        <p className="level-where">
          {t('provinceLevel.versionOf', { province: provinceName(procedure.province, lang) })}
        </p>
      )}
      <LevelBadge level={procedure.onlineLevel} />
      <p className="level-source">
        <LevelSourceText
          source={{ kind: 'national_portal', code: procedure.code, ...(asOf ? { asOf } : {}) }}
        />
      </p>
      {(hasDifferingLevels(versions) || (decisions?.size ?? 0) > 0) && versions.length > 0 && (
        <LevelSpreadList versions={versions} />
      )}
      <p className="hint">{t('provinceLevel.choose')}</p>
    </>
  );
}

const SPREAD_ORDER: OnlineLevel[] = ['full', 'partial', 'in_person', 'unknown'];

function LevelSpreadList({ versions }: { versions: readonly ProcedureEntry[] }) {
  const { t, i18n } = useTranslation('catalog');
  const decisions = useProvinceDecisions();
  if (!decisions) return null;
  const spread = levelSpread(versions, decisions);
  const levels = SPREAD_ORDER.filter((l) => spread.byLevel[l].length > 0);
  if (levels.length < 2 && spread.fromDecisions === 0) return null;
  return (
    <div className="level-spread">
      <p>{t('provinceLevel.varies')}</p>
      <ul>
        {levels.map((level) => (
          <li key={level}>
            {t('provinceLevel.spreadItem', {
              level: t(`level.${level}.label`),
              count: spread.byLevel[level].length,
              provinces: formatNumber(spread.byLevel[level].length, i18n.language),
            })}
          </li>
        ))}
      </ul>
      {spread.fromDecisions > 0 && (
        <p className="hint">{t('provinceLevel.fromDecisions', { count: spread.fromDecisions })}</p>
      )}
    </div>
  );
}
