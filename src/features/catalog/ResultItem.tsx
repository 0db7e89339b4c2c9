import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ProcedureEntry } from '../../domain/catalog-delta.ts';
import { CardLevel } from './CardLevel.tsx';
import { provinceName } from './ProvinceLevel.tsx';
import { procedurePath, type FromSearchState } from './paths.ts';
import { useProcedureName, ViOnlyNote } from './ProcedureName.tsx';

export function ResultItem({
  procedure,
  versions = [procedure],
}: {
  procedure: ProcedureEntry;
  versions?: readonly ProcedureEntry[];
}) {
  const { t, i18n } = useTranslation('catalog');
  const location = useLocation();
  const { text, isViOnly } = useProcedureName(procedure);
  const state: FromSearchState = { fromSearch: location.search };
  return (
    <li className="result">
      <h2 className="result__name">
        <Link to={procedurePath(procedure.code)} state={state} lang={isViOnly ? 'vi' : undefined}>
          {text}
        </Link>
      </h2>
      {isViOnly && <ViOnlyNote />}
      <dl className="result__facts">
        <div>
          <dt>{t('procedure.code')}</dt>
          <dd>{procedure.code}</dd>
        </div>
        {procedure.province && (
          <div>
            <dt>{t('procedure.province')}</dt>
            <dd>{provinceName(procedure.province, i18n.language)}</dd>
          </div>
        )}
        {procedure.fields.length > 0 && (
          <div>
            <dt>{t('procedure.field')}</dt>
            <dd lang="vi">{procedure.fields.join(', ')}</dd>
          </div>
        )}
      </dl>
      <CardLevel procedure={procedure} versions={versions} />
    </li>
  );
}
