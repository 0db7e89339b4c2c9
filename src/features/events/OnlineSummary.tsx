import { useTranslation } from 'react-i18next';
import type { LifeEvent } from '../../domain/life-events/schema.ts';
import { findProvince, type ProvinceCode } from '../../domain/provinces.ts';
import { formatNumber } from '../../ui/format.ts';
import { countOnlineSteps } from './online-count.ts';
import type { CatalogueView } from './step-level.ts';

interface Props {
  event: LifeEvent;
  province: ProvinceCode | undefined;
  catalogue: CatalogueView | undefined;
}

/** "5 of 6 steps can be done fully online in …", with what is not known said as such. */
export function OnlineSummary({ event, province, catalogue }: Props) {
  const { t, i18n } = useTranslation('events');
  const found = findProvince(province);
  const count = catalogue ? countOnlineSteps(event, province, catalogue) : undefined;
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <section className="online-summary" aria-labelledby="online-summary-heading">
      <h2 id="online-summary-heading">{t('summary.heading')}</h2>
      {count ? (
        <>
          <p className="online-summary__figure" role="status">
            {found
              ? t('summary.province', {
                  full: n(count.full),
                  total: n(count.total),
                  province: i18n.language === 'vi' ? found.vi : found.en,
                })
              : t('summary.national', { full: n(count.full), total: n(count.total) })}
            {count.unknown > 0 && <> {t('summary.unknown', { count: count.unknown })}</>}
          </p>
          {!found && <p>{t('summary.chooseProvince')}</p>}
          <p className="hint">{t('summary.how')}</p>
        </>
      ) : (
        <p role="status">{t('summary.loading')}</p>
      )}
    </section>
  );
}
