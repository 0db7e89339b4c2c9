import { useTranslation } from 'react-i18next';
import type { Procedure } from '../../domain/procedure.ts';
import { findProvince } from '../../domain/provinces.ts';

/** Who handles the procedure and where it applies. */
export function ProcedureFacts({ procedure }: { procedure: Procedure }) {
  const { t, i18n } = useTranslation('catalog');
  const province = findProvince(procedure.province);
  const provinceName = province && (i18n.language === 'vi' ? province.vi : province.en);
  const rows: { key: string; label: string; value: string; isSource?: boolean }[] = [
    { key: 'code', label: t('procedure.code'), value: procedure.code },
    {
      key: 'fields',
      label: t('detail.fields'),
      value: procedure.fields.join('; '),
      isSource: true,
    },
    {
      key: 'gov',
      label: t('detail.govLevels'),
      value: procedure.governmentLevels.map((g) => t(`gov.${g}`)).join(', '),
    },
    {
      key: 'agencies',
      label: t('detail.agencies'),
      value: procedure.agencies.join('; '),
      isSource: true,
    },
    {
      key: 'publisher',
      label: t('detail.publisher'),
      value: procedure.publisher ?? '',
      isSource: true,
    },
    {
      key: 'province',
      label: t('detail.province'),
      value: provinceName
        ? t('detail.provinceOnly', { province: provinceName })
        : t('detail.nationwide'),
    },
    {
      key: 'applicants',
      label: t('detail.applicants'),
      value: procedure.applicants?.join('; ') ?? '',
      isSource: true,
    },
  ];
  return (
    <section aria-labelledby="facts-heading">
      <h2 id="facts-heading">{t('detail.about')}</h2>
      <dl className="facts">
        {rows
          .filter((row) => row.value.length > 0)
          .map((row) => (
            <div key={row.key}>
              <dt>{row.label}</dt>
              <dd lang={row.isSource ? 'vi' : undefined}>{row.value}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
