import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { PROVINCES, type ProvinceCode } from '../domain/provinces.ts';
import { ALL_PROVINCES, PARAM } from '../features/catalog/filters.ts';
import { SEARCH_PATH } from '../features/catalog/paths.ts';
import { useChosenProvince } from '../features/catalog/useChosenProvince.ts';

/** The province this device remembers; shown in the header on every screen. */
export function ProvincePicker() {
  const { t, i18n } = useTranslation('common');
  const id = useId();
  const { province, setProvince } = useChosenProvince();
  const location = useLocation();
  const navigate = useNavigate();

  const onChange = (value: string) => {
    const code = value === ALL_PROVINCES ? undefined : (value as ProvinceCode);
    void setProvince(code);
    // On the search screen the URL's province wins over the remembered one: keep them in step.
    if (location.pathname === SEARCH_PATH) {
      const params = new URLSearchParams(location.search);
      if (params.has(PARAM.province)) {
        params.set(PARAM.province, code ?? ALL_PROVINCES);
        void navigate({ search: params.toString() }, { replace: true });
      }
    }
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
