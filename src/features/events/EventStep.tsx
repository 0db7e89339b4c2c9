import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LifeEvent, LifeEventStep } from '../../domain/life-events/schema.ts';
import type { ProvinceCode } from '../../domain/provinces.ts';
import { procedurePath } from '../catalog/paths.ts';
import { lifeEventPath } from './paths.ts';
import type { CatalogueView } from './step-level.ts';
import { StepProcedure } from './StepProcedure.tsx';
import { useLang } from './useLang.ts';

interface Props {
  event: LifeEvent;
  step: LifeEventStep;
  number: number;
  province: ProvinceCode | undefined;
  catalogue: CatalogueView | undefined;
}

/** One step: what to do, whether it is optional, after what, by when, and its procedures. */
export function EventStep({ event, step, number, province, catalogue }: Props) {
  const { t } = useTranslation('events');
  const lang = useLang();
  const headingId = `${step.id}-heading`;
  const earlier = step.dependsOn.flatMap((id) => {
    const found = event.steps.find((s) => s.id === id);
    return found ? [found] : [];
  });
  return (
    <li className="event-step" id={step.id} aria-labelledby={headingId}>
      <h3 id={headingId} className="event-step__title">
        <span className="event-step__number">{t('step.number', { number })}</span>{' '}
        {step.title[lang]}
      </h3>
      {step.isOptional && (
        <p className="event-step__optional">
          <strong className="tag">{t('step.optional')}</strong>{' '}
          {step.whoNeedsIt && t('step.whoNeedsIt', { who: step.whoNeedsIt[lang] })}
        </p>
      )}
      {earlier.length > 0 && (
        <p className="event-step__after">
          {t('step.after')}{' '}
          {earlier.map((s, i) => (
            <span key={s.id}>
              {i > 0 && ', '}
              <Link to={lifeEventPath(event.slug, s.id)}>{s.title[lang]}</Link>
            </span>
          ))}
        </p>
      )}
      <p>{step.text[lang]}</p>
      <p className="event-step__deadline">
        <strong>{t('step.deadline')}</strong>{' '}
        {step.deadline ? (
          <>
            <span>{step.deadline.text[lang]}</span>{' '}
            <span>
              {t('step.deadlineLaw')} <cite lang="vi">{step.deadline.law}</cite>.
            </span>
          </>
        ) : (
          t('step.noDeadline')
        )}
      </p>
      {step.linkedService && (
        <aside className="event-step__linked" aria-label={t('step.linked')}>
          <p>
            <strong>{t('step.linked')}</strong>
          </p>
          <p>{step.linkedService.text[lang]}</p>
          <p>
            {t('step.linkedLaw')} <cite lang="vi">{step.linkedService.law}</cite>.
          </p>
          {step.linkedService.code && (
            <p>
              <Link to={procedurePath(step.linkedService.code)}>
                {t('step.linkedOpen', { code: step.linkedService.code })}
              </Link>
            </p>
          )}
        </aside>
      )}
      <ul className="step-procedures" aria-label={t('step.procedures')}>
        {step.procedures.map((item) => (
          <StepProcedure key={item.code} item={item} province={province} catalogue={catalogue} />
        ))}
      </ul>
    </li>
  );
}
