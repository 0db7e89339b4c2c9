import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LIFE_EVENTS } from '../../domain/life-events/events.ts';
import { matchLifeEvents } from '../../domain/life-events/match.ts';
import { lifeEventPath } from './paths.ts';
import './events.css';
import { useLang } from './useLang.ts';

/**
 * The home screen's entry to the life events (issue 19, item 3), and the events a query names
 * (item 4), shown above the procedures: with no query, every event; with one, those it names.
 */
export function LifeEventsNav({ query }: { query: string }) {
  const { t } = useTranslation('events');
  const id = useId();
  const lang = useLang();
  const isMatch = query.trim() !== '';
  const events = isMatch ? matchLifeEvents(query) : LIFE_EVENTS;
  if (events.length === 0) return null;
  // Beside a query's results it is one line, so the first result stays on a phone's first
  // screen (issue 14, item 4).
  return (
    <nav
      className={isMatch ? 'life-events-nav life-events-nav--match' : 'life-events-nav'}
      aria-labelledby={`${id}-h`}
    >
      <h2 id={`${id}-h`}>{t('entry.heading')}</h2>
      <ul>
        {events.map((event) => (
          <li key={event.slug}>
            <Link to={lifeEventPath(event.slug)}>{event.title[lang]}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
