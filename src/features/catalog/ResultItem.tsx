import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ProcedureEntry } from '../../domain/catalog-delta.ts';
import { LevelBadge } from '../../ui/LevelBadge.tsx';
import { procedurePath, type FromSearchState } from './paths.ts';
import { useProcedureName, ViOnlyNote } from './ProcedureName.tsx';

export function ResultItem({ procedure }: { procedure: ProcedureEntry }) {
  const { t } = useTranslation('catalog');
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
        {procedure.fields.length > 0 && (
          <div>
            <dt>{t('procedure.field')}</dt>
            <dd lang="vi">{procedure.fields.join(', ')}</dd>
          </div>
        )}
      </dl>
      <LevelBadge level={procedure.onlineLevel} />
    </li>
  );
}
