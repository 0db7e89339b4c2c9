import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Procedure } from '../../domain/procedure.ts';
import { ratePath } from './paths.ts';

/** "Rate this service" on a procedure's page. */
export function RateThisServiceLink({ procedure }: { procedure: Procedure }) {
  const { t } = useTranslation('rating');
  return (
    <p className="rate-link">
      <Link to={ratePath(procedure.code)} className="button">
        {t('detailLink')}
      </Link>
    </p>
  );
}
