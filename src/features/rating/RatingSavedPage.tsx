import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useOutboxItem } from '../../db/hooks-outbox.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { procedurePath } from '../catalog/paths.ts';
import { OUTBOX_PATH } from '../outbox/paths.ts';
import { RATE_ENTRY_PATH, readRatingSavedState } from './paths.ts';

/**
 * /rate/saved/:id: after sending the form. Says what actually happened to this rating, live:
 * being sent, kept on the device (the attempt failed: offline, server trouble), sent (it has
 * left the outbox), or refused with the reason.
 */
export function RatingSavedPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const { t } = useTranslation('rating');
  const { t: tc } = useTranslation('common');
  const { t: to } = useTranslation('outbox');
  useDocumentTitle(t('done.title'), tc('app.name'));
  const item = useOutboxItem(id);
  const procedureCode =
    item?.rating.procedureCode ?? readRatingSavedState(location.state)?.procedureCode;

  let status: string;
  let isProblem = false;
  if (item === undefined) status = '';
  else if (item === null) status = t('done.sent');
  // Not tried yet counts as "sending": the form starts a flush right after saving.
  else if (item.state === 'pending' && item.attempts > 0) status = t('done.saved');
  else if (item.state === 'pending' || item.state === 'sending') status = t('done.sending');
  else {
    isProblem = true;
    status = `${t('done.notAccepted')} ${item.reason ? to(`reason.${item.reason}`) : ''}`.trim();
  }

  return (
    <div className="rating-saved">
      <h1 tabIndex={-1}>{t('done.title')}</h1>
      <div
        role="status"
        className={`notice rating-saved__status${isProblem ? ' notice--error' : ''}`}
      >
        <p>{status}</p>
      </div>
      <ul className="rating-saved__links">
        {procedureCode && (
          <li>
            <Link to={procedurePath(procedureCode)}>{t('done.backToProcedure')}</Link>
          </li>
        )}
        <li>
          <Link to={RATE_ENTRY_PATH}>{t('done.rateAnother')}</Link>
        </li>
        <li>
          <Link to={OUTBOX_PATH}>{t('done.seeOutbox')}</Link>
        </li>
      </ul>
    </div>
  );
}
