import { useTranslation } from 'react-i18next';
import type { RatingDraft } from '../../db/rating-draft.ts';
import { RATING_CRITERIA } from '../../domain/rating.ts';
import { LevelRadios } from './LevelRadios.tsx';

/** The seven criteria of the provincial portals, each optional ("Not rated" by default). */
export function CriteriaSection({
  criteria,
  onChange,
}: {
  criteria: RatingDraft['criteria'];
  onChange: (criteria: RatingDraft['criteria']) => void;
}) {
  const { t } = useTranslation('rating');
  return (
    <section className="criteria" aria-labelledby="rating-criteria-title">
      <h2 id="rating-criteria-title">
        {t('criteria.title')} <span className="field__optional">{t('form.optional')}</span>
      </h2>
      <p className="hint">{t('criteria.hint')}</p>
      {RATING_CRITERIA.map((criterion) => (
        <LevelRadios
          key={criterion}
          name={`rating-criterion-${criterion}`}
          legend={t(`criteria.${criterion}`)}
          value={criteria[criterion]}
          allowNotRated
          onChange={(level) => {
            const next = { ...criteria };
            if (level) next[criterion] = level;
            else delete next[criterion];
            onChange(next);
          }}
        />
      ))}
    </section>
  );
}
