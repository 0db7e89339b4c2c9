import { useTranslation } from 'react-i18next';
import { ONLINE_LEVELS } from '../../domain/online-level.ts';
import type { CatalogStatsResponse } from '../../domain/stats.ts';
import { formatCount, formatPercent } from './format.ts';
import { groupName } from './groups.ts';

/**
 * Beside the satisfaction: how many procedures each province offers full-process online. The
 * share is over the procedures whose level is known, and says both counts; it is not compared
 * with Decision 942/QĐ-TTg's target, which concerns *eligible* procedures, a set the catalogue
 * does not mark (issue 11, item 12).
 */
export function CatalogFigures({ response }: { response: CatalogStatsResponse }) {
  const { t, i18n } = useTranslation('stats');
  const lang = i18n.language;
  const title = t('catalog.title');
  const share = (value: number | null) => (value === null ? '—' : formatPercent(value, lang));
  return (
    <section className="breakdown" aria-labelledby="catalog-figures">
      <h2 id="catalog-figures">{title}</h2>
      <p>
        {t('catalog.overall', {
          share: share(response.overall.fullShare),
          full: formatCount(response.overall.counts.full, lang),
          known: formatCount(response.overall.total - response.overall.counts.unknown, lang),
        })}{' '}
        {t('catalog.unknownCount', {
          unknown: formatCount(response.overall.counts.unknown, lang),
          total: formatCount(response.overall.total, lang),
        })}
      </p>
      <div className="table-scroll" role="region" aria-label={title} tabIndex={0}>
        <table className="figures-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('catalog.group')}</th>
              <th scope="col">{t('catalog.fullShare')}</th>
              <th scope="col">{t('catalog.total')}</th>
              {ONLINE_LEVELS.map((level) => (
                <th scope="col" key={level}>
                  {t(`catalog.level.${level}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {response.groups.map((g) => (
              <tr key={g.key}>
                <th scope="row">{groupName('catalog', g, t, lang)}</th>
                <td>{share(g.fullShare)}</td>
                <td>{formatCount(g.total, lang)}</td>
                {ONLINE_LEVELS.map((level) => (
                  <td key={level}>{formatCount(g.counts[level], lang)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">{t('catalog.note')}</p>
    </section>
  );
}
