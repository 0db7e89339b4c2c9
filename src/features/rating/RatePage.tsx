import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useProcedure } from '../../db/hooks-catalog.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { procedurePath } from '../catalog/paths.ts';
import { useProcedureName } from '../catalog/ProcedureName.tsx';
import { useCatalog } from '../catalog/useCatalog.ts';
import { RATE_ENTRY_PATH } from './paths.ts';
import { RatingForm } from './RatingForm.tsx';

/** /procedures/:code/rate. One h1 through loading, found and not found (the layout focuses it). */
export function RatePage() {
  const { code = '' } = useParams();
  const { t } = useTranslation('rating');
  const { t: tc } = useTranslation('common');
  const procedure = useProcedure(code);
  const { sync, procedureCount } = useCatalog();
  // Before the first catalogue download finishes, "not found" would be a false alarm.
  const isWaiting =
    procedureCount === undefined || (procedureCount === 0 && sync.status === 'syncing');
  const state =
    procedure === undefined || (procedure === null && isWaiting)
      ? 'loading'
      : procedure === null
        ? 'notFound'
        : 'found';
  const name = useProcedureName(procedure ?? undefined);
  const title =
    state === 'loading'
      ? tc('loading')
      : state === 'notFound'
        ? t('notFound.title')
        : t('form.title');
  useDocumentTitle(state === 'found' ? `${title}: ${name.text}` : title, tc('app.name'));

  return (
    <div className="rate-page" aria-busy={state === 'loading'}>
      {state === 'found' && (
        <p className="back">
          <Link to={procedurePath(code)}>← {name.text}</Link>
        </p>
      )}
      <h1 tabIndex={-1}>{title}</h1>
      {state === 'found' && (
        <>
          <p className="rate-page__procedure" lang={name.isViOnly ? 'vi' : undefined}>
            {t('form.procedure', { name: name.text })} <span className="hint">({code})</span>
          </p>
          <p className="hint">{t('form.lead')}</p>
          <RatingForm key={code} procedureCode={code} />
        </>
      )}
      {state === 'notFound' && (
        <>
          <p>{t('notFound.body', { code })}</p>
          <p>
            <Link to={RATE_ENTRY_PATH}>{t('notFound.back')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
