import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { Procedure } from '../../domain/procedure.ts';
import { hasPublishedDetail } from '../../domain/procedure-detail.ts';
import { ProvinceLevel } from './ProvinceLevel.tsx';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { CatalogStatus } from './CatalogStatus.tsx';
import { DataSourceNote } from './DataSourceNote.tsx';
import { TextListSection } from './DetailSections.tsx';
import { DocumentsSection } from './DocumentsSection.tsx';
import { MethodsSection } from './MethodsSection.tsx';
import { ProcedureDetailExtras } from './ProcedureDetailExtras.tsx';
import { ProcedureFacts } from './ProcedureFacts.tsx';
import { useProcedureName, ViOnlyNote } from './ProcedureName.tsx';
import { StartOnlineSection } from './StartOnlineSection.tsx';
import { WhereAndHowSection } from './WhereAndHowSection.tsx';
import { readFromSearch, SEARCH_PATH } from './paths.ts';
import { useProcedureLookup } from './useProcedureLookup.ts';

/**
 * /procedures/:code. The h1 is one element through loading, found and not found, so the focus
 * the layout puts on it after navigation stays there when the text changes.
 */
export function ProcedureDetailPage() {
  const { code = '' } = useParams();
  const lookup = useProcedureLookup(code);
  const { t } = useTranslation('catalog');
  const { t: tc } = useTranslation('common');
  const location = useLocation();
  const { state } = lookup;
  const procedure = lookup.state === 'found' ? lookup.procedure : undefined;
  const name = useProcedureName(procedure);
  const title =
    state === 'loading'
      ? tc('loading')
      : state === 'notFound'
        ? t('notFound.title')
        : state === 'unavailable'
          ? t('notFound.unavailableTitle')
          : name.text;
  useDocumentTitle(title, tc('app.name'));

  const backTo = { pathname: SEARCH_PATH, search: readFromSearch(location.state) };
  return (
    <article className="detail" aria-busy={state === 'loading'}>
      <p className="back">
        <Link to={backTo}>← {t('detail.back')}</Link>
      </p>
      <h1 tabIndex={-1} lang={state === 'found' && name.isViOnly ? 'vi' : undefined}>
        {title}
      </h1>
      {state === 'found' && procedure && (
        <ProcedureDetail procedure={procedure} isViOnly={name.isViOnly} />
      )}
      {lookup.state === 'notFound' && (
        <>
          <p>{t(lookup.by === 'server' ? 'notFound.body' : 'notFound.bodyDevice', { code })}</p>
          <p>
            <Link to={SEARCH_PATH}>{t('notFound.back')}</Link>
          </p>
        </>
      )}
      {lookup.state === 'unavailable' && <CatalogStatus />}
    </article>
  );
}

function ProcedureDetail({ procedure, isViOnly }: { procedure: Procedure; isViOnly: boolean }) {
  const { t, i18n } = useTranslation('catalog');
  const { t: tc } = useTranslation('common');
  const isVi = i18n.language === 'vi';
  const summary = isVi ? procedure.summary?.vi : (procedure.summary?.en ?? procedure.summary?.vi);
  const otherName = isVi ? procedure.name.en : isViOnly ? undefined : procedure.name.vi;
  // A list-only procedure: one sentence and the portal link, not five empty sections.
  const isPublished = hasPublishedDetail(procedure);
  return (
    <>
      {isViOnly && <ViOnlyNote />}
      {otherName && (
        <p className="detail__other-name" lang={isVi ? 'en' : 'vi'}>
          {otherName}
        </p>
      )}
      {summary && <p className="lead">{summary}</p>}
      <section aria-labelledby="level-heading" className="detail__level">
        <h2 id="level-heading">{t('detail.level')}</h2>
        <ProvinceLevel procedure={procedure} />
        <p className="hint">{t('detail.levelNote')}</p>
      </section>
      <ProcedureDetailExtras procedure={procedure} />
      {!isPublished && <p className="detail__unpublished">{t('detail.notPublished')}</p>}
      <p className="portal-link">
        {procedure.portalUrl ? (
          <a href={procedure.portalUrl} target="_blank" rel="noopener noreferrer">
            {t('detail.portal')} <span className="new-tab">{tc('newTab')}</span>
          </a>
        ) : (
          // No portal id known: no link that would not lead to the procedure (issue 11).
          t('detail.portalNoLink', { code: procedure.code })
        )}
      </p>
      <DataSourceNote procedure={procedure} />
      {!isVi && <p className="hint">{t('detail.sourceVi')}</p>}
      <ProcedureFacts procedure={procedure} />
      {isPublished && (
        <>
          <StartOnlineSection procedure={procedure} />
          <WhereAndHowSection procedure={procedure} />
          <MethodsSection methods={procedure.methods} cases={procedure.cases} />
          <DocumentsSection documents={procedure.documents} />
          <TextListSection id="steps" title={t('detail.steps')} items={procedure.steps} ordered />
          <TextListSection id="results" title={t('detail.results')} items={procedure.results} />
          <TextListSection id="legal" title={t('detail.legalBasis')} items={procedure.legalBasis} />
        </>
      )}
    </>
  );
}
