import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { findLifeEvent } from '../../domain/life-events/events.ts';
import { formatCalendarDay } from '../../ui/format.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { useProvinceDecisions } from '../../db/hooks-province-lists.ts';
import { useCatalog } from '../catalog/useCatalog.ts';
import { useChosenProvince } from '../catalog/useChosenProvince.ts';
import { EventStep } from './EventStep.tsx';
import { OnlineSummary } from './OnlineSummary.tsx';
import { LIFE_EVENTS_PATH } from './paths.ts';
import { useLang } from './useLang.ts';
import './events.css';

/**
 * One life event, step by step (issue 19, item 3), at a URL that can be shared. The steps ship
 * in the bundle, so the page shows at once, offline too; each procedure's level comes from the
 * catalogue stored on the device when it has been read.
 */
export function LifeEventPage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation('events');
  const { t: tc } = useTranslation('common');
  const lang = useLang();
  const event = findLifeEvent(slug);
  useDocumentTitle(event ? event.heading[lang] : t('notFound.title'), tc('app.name'));
  const { search: index, sync, families } = useCatalog();
  const decisions = useProvinceDecisions();
  // An empty catalogue still downloading is not an answer yet: "loading", not "not found".
  const ready = index && (index.all.length > 0 || sync.status !== 'syncing') ? index : undefined;
  // The steps' levels follow the same rule as the procedure page (families, provinces' lists).
  const search = useMemo(
    () =>
      ready && {
        byCode: ready.byCode,
        all: ready.all,
        families,
        decisions: decisions ?? undefined,
      },
    [ready, families, decisions],
  );
  const { province } = useChosenProvince();

  if (!event) {
    return (
      <>
        <h1 tabIndex={-1}>{t('notFound.title')}</h1>
        <p>{t('notFound.body')}</p>
        <p>
          <Link to={LIFE_EVENTS_PATH}>{t('notFound.back')}</Link>
        </p>
      </>
    );
  }
  return (
    <article className="life-event">
      <p>
        <Link to={LIFE_EVENTS_PATH}>{t('page.back')}</Link>
      </p>
      <h1 tabIndex={-1}>{event.heading[lang]}</h1>
      <p className="lead">{event.intro[lang]}</p>
      <OnlineSummary event={event} province={province} catalogue={search} />
      {event.prepareOnce.length > 0 && (
        <section aria-labelledby="prepare-heading">
          <h2 id="prepare-heading">{t('page.prepare')}</h2>
          <ul className="life-event__prepare">
            {event.prepareOnce.map((item) => (
              <li key={item.vi}>{item[lang]}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">{t('page.steps')}</h2>
        <p className="hint">{t('page.plainNote')}</p>
        <ol className="event-steps">
          {event.steps.map((step, index) => (
            <EventStep
              key={step.id}
              event={event}
              step={step}
              number={index + 1}
              province={province}
              catalogue={search}
            />
          ))}
        </ol>
      </section>
      <p className="data-source">
        {t('page.reviewed', { date: formatCalendarDay(event.reviewedOn, i18n.language) })}
      </p>
    </article>
  );
}
