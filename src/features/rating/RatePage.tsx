import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { procedurePath } from '../catalog/paths.ts';
import { useProcedureName } from '../catalog/ProcedureName.tsx';
import { CatalogStatus } from '../catalog/CatalogStatus.tsx';
import { useProcedureLookup } from '../catalog/useProcedureLookup.ts';
import { RATE_ENTRY_PATH } from './paths.ts';
import { RatingForm } from './RatingForm.tsx';

/** /procedures/:code/rate. One h1 through loading, found and not found (the layout focuses it). */
export function RatePage() {
  const { code = '' } = useParams();
  const { t } = useTranslation('rating');
  const { t: tc } = useTranslation('common');
  const lookup = useProcedureLookup(code);
  const { state } = lookup;
  const name = useProcedureName(lookup.state === 'found' ? lookup.procedure : undefined);
  const title =
    state === 'loading'
      ? tc('loading')
      : state === 'notFound'
        ? t('notFound.title')
        : state === 'unavailable'
          ? t('notFound.unavailableTitle')
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
      {lookup.state === 'unavailable' && <CatalogStatus />}
      {lookup.state === 'notFound' && (
        <>
          <p>{t(lookup.by === 'server' ? 'notFound.body' : 'notFound.bodyDevice', { code })}</p>
          <p>
            <Link to={RATE_ENTRY_PATH}>{t('notFound.back')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
