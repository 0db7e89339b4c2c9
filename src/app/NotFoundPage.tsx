import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SEARCH_PATH } from '../features/catalog/paths.ts';
import { useDocumentTitle } from '../ui/useDocumentTitle.ts';

export function NotFoundPage() {
  const { t } = useTranslation('common');
  useDocumentTitle(t('notFound.title'), t('app.name'));
  return (
    <>
      <h1 tabIndex={-1}>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={SEARCH_PATH}>{t('notFound.back')}</Link>
      </p>
    </>
  );
}
