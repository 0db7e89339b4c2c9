import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StepProcedure as StepProcedureData } from '../../domain/life-events/schema.ts';
import { findProvince, type ProvinceCode } from '../../domain/provinces.ts';
import { formatCalendarDay } from '../../ui/format.ts';
import { LevelBadge } from '../../ui/LevelBadge.tsx';
import { procedurePath } from '../catalog/paths.ts';
import { LevelSourceText } from '../catalog/ProvinceLevel.tsx';
import { useProcedureName, ViOnlyNote } from '../catalog/ProcedureName.tsx';
import { ratePath } from '../rating/paths.ts';
import { stepLevel, type CatalogueView, type StepLevel } from './step-level.ts';
import { useLang } from './useLang.ts';

interface Props {
  item: StepProcedureData;
  province: ProvinceCode | undefined;
  /** Undefined while the stored catalogue is being read. */
  catalogue: CatalogueView | undefined;
}

/** One procedure of a step: its name, its level in the province with the source, two links. */
export function StepProcedure({ item, province, catalogue }: Props) {
  const { t } = useTranslation('events');
  const lang = useLang();
  const level = catalogue ? stepLevel(item.code, province, catalogue) : undefined;
  const procedure = level?.kind === 'missing' ? undefined : level?.procedure;
  const { text, isViOnly } = useProcedureName(procedure);
  // The page and the rating are for the version whose level is shown (the province's own).
  const linkCode = procedure?.code ?? item.code;
  return (
    <li className="step-procedure">
      <h4 className="step-procedure__name" lang={isViOnly ? 'vi' : undefined}>
        {text || t('procedure.code', { code: item.code })}
      </h4>
      {isViOnly && <ViOnlyNote />}
      {text && <p className="step-procedure__code">{t('procedure.code', { code: linkCode })}</p>}
      {item.when && (
        <p className="step-procedure__when">
          <strong>{t('procedure.when')}</strong> {item.when[lang]}
        </p>
      )}
      {!level && <p className="hint">{t('procedure.loading')}</p>}
      {level?.kind === 'missing' && (
        <p className="note">{t('procedure.missing', { code: item.code })}</p>
      )}
      {level && level.kind !== 'missing' && (
        <>
          <LevelBadge level={level.level} />
          <LevelSource level={level} province={province} />
        </>
      )}
      <p className="step-procedure__links">
        <Link to={procedurePath(linkCode)}>
          {t('procedure.open')}
          <span className="visually-hidden"> {linkCode}</span>
        </Link>
        <Link to={ratePath(linkCode)}>
          {t('procedure.rate')}
          <span className="visually-hidden"> {linkCode}</span>
        </Link>
      </p>
    </li>
  );
}

function LevelSource({
  level,
  province,
}: {
  level: Exclude<StepLevel, { kind: 'missing' }>;
  province: ProvinceCode | undefined;
}) {
  const { t, i18n } = useTranslation('events');
  const found = findProvince(province);
  const provinceName = found && (i18n.language === 'vi' ? found.vi : found.en);
  const day = level.procedure.sourceUpdatedAt;
  const date = day ? formatCalendarDay(day, i18n.language) : undefined;
  if (level.kind === 'provinceDecision' && province) {
    return (
      <p className="step-procedure__source">
        <LevelSourceText
          source={{
            kind: 'province_decision',
            province,
            decision: level.decision,
            decisionDate: level.decisionDate,
          }}
        />
      </p>
    );
  }
  if (level.kind === 'provinceVersion') {
    return (
      <p className="step-procedure__source">
        {date
          ? t('procedure.sourceProvinceDated', {
              province: provinceName,
              code: level.procedure.code,
              date,
            })
          : t('procedure.sourceProvince', { province: provinceName, code: level.procedure.code })}
      </p>
    );
  }
  const source = level.procedure.factsSource;
  return (
    <p className="step-procedure__source">
      {source === 'portal'
        ? date
          ? t('procedure.sourcePortalDated', { date })
          : t('procedure.sourcePortal')
        : source === 'curated'
          ? t('procedure.sourceCurated')
          : t('procedure.sourceUnknown')}
      {provinceName && <> {t('procedure.noProvinceVersion', { province: provinceName })}</>}
    </p>
  );
}
