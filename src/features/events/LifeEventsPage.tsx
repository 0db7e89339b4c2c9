import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LIFE_EVENTS } from '../../domain/life-events/events.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { lifeEventPath } from './paths.ts';
import { useLang } from './useLang.ts';
import './events.css';

/** Every life event, each with its one-line summary. */
export function LifeEventsPage() {
  const { t } = useTranslation('events');
  const { t: tc } = useTranslation('common');
  const lang = useLang();
  useDocumentTitle(t('list.title'), tc('app.name'));
  return (
    <>
      <h1 tabIndex={-1}>{t('list.title')}</h1>
      <p className="lead">{t('list.intro')}</p>
      <ul className="life-events-list">
        {LIFE_EVENTS.map((event) => (
          <li key={event.slug}>
            <h2>
              <Link to={lifeEventPath(event.slug)}>{event.heading[lang]}</Link>
            </h2>
            <p>{event.intro[lang]}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
