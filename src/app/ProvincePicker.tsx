import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PROVINCES, type ProvinceCode } from '../domain/provinces.ts';
import { ALL_PROVINCES, PARAM } from '../features/catalog/filters.ts';
import { SEARCH_PATH } from '../features/catalog/paths.ts';
import { useChosenProvince } from '../features/catalog/useChosenProvince.ts';
import { useUpdateSearchParams } from '../features/catalog/useUpdateSearchParams.ts';

/** The province this device remembers; shown in the header on every screen. */
export function ProvincePicker() {
  const { t, i18n } = useTranslation('common');
  const id = useId();
  const { province, setProvince } = useChosenProvince();
  // Writes only while the history is on the search screen.
  const updateSearchParams = useUpdateSearchParams(SEARCH_PATH);

  const onChange = (value: string) => {
    const code = value === ALL_PROVINCES ? undefined : (value as ProvinceCode);
    void setProvince(code);
    // On the search screen the URL's province wins over the remembered one: keep them in step.
    // Read from the URL as it is now (a province filter chosen an instant ago counts).
    updateSearchParams(
      (params) => {
        if (params.has(PARAM.province)) params.set(PARAM.province, code ?? ALL_PROVINCES);
      },
      { replace: true },
    );
  };

  return (
    <div className="province-picker">
      <label htmlFor={id}>{t('province.label')}</label>
      <select id={id} value={province ?? ALL_PROVINCES} onChange={(e) => onChange(e.target.value)}>
        <option value={ALL_PROVINCES}>{t('province.national')}</option>
        {PROVINCES.map((p) => (
          <option key={p.code} value={p.code}>
            {i18n.language === 'vi' ? p.vi : p.en}
          </option>
        ))}
      </select>
    </div>
  );
}
