import { useTranslation } from 'react-i18next';
import type { Procedure, ResultDelivery } from '../../domain/procedure.ts';

/**
 * Where to file, the conditions, and how the result comes back, as the national portal's record
 * says (issue 11, item 4). Shown only with something to say: a curated or list-only procedure
 * does not get a section of "the source has no information".
 */
export function WhereAndHowSection({ procedure }: { procedure: Procedure }) {
  const { t } = useTranslation('catalog');
  const { receivingAddresses, isFiledAnywhereInProvince, requirements, resultDelivery } = procedure;
  if (!receivingAddresses && !isFiledAnywhereInProvince && !requirements && !resultDelivery) {
    return null;
  }
  return (
    <section aria-labelledby="where-heading">
      <h2 id="where-heading">{t('where.title')}</h2>
      <dl className="facts where">
        {(receivingAddresses || isFiledAnywhereInProvince) && (
          <div>
            <dt>{t('where.addresses')}</dt>
            {receivingAddresses && (
              <dd className="source-text" lang="vi">
                {receivingAddresses}
              </dd>
            )}
            {isFiledAnywhereInProvince && <dd>{t('where.anywhere')}</dd>}
          </div>
        )}
        {requirements && (
          <div>
            <dt>{t('where.requirements')}</dt>
            <dd className="source-text" lang="vi">
              {requirements}
            </dd>
          </div>
        )}
        {resultDelivery && (
          <div>
            <dt>{t('where.result')}</dt>
            <dd>
              <ResultWays delivery={resultDelivery} />
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

/** One line when every way of filing gets its result the same ways, else one line per way. */
function ResultWays({ delivery }: { delivery: readonly ResultDelivery[] }) {
  const { t } = useTranslation('catalog');
  const list = (entry: ResultDelivery) => entry.ways.map((w) => t(`where.way.${w}`)).join('; ');
  const first = delivery[0];
  const isSame = first !== undefined && delivery.every((d) => d.ways.join() === first.ways.join());
  if (first && (isSame || delivery.length === 1)) {
    return (
      <>
        {delivery.length === 1 && `${t(`where.filedBy.${first.filedBy}`)}: `}
        {list(first)}
      </>
    );
  }
  return (
    <ul className="fees">
      {delivery.map((entry) => (
        <li key={entry.filedBy}>
          {t(`where.filedBy.${entry.filedBy}`)}: {list(entry)}
        </li>
      ))}
    </ul>
  );
}
