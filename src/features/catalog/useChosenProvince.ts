import { useCallback } from 'react';
import { useSetting } from '../../db/hooks-catalog.ts';
import { deleteSetting, setSetting, SETTING_KEYS } from '../../db/settings.ts';
import { PROVINCE_CODES, type ProvinceCode } from '../../domain/provinces.ts';

/** The province this device remembers (header picker, default of the province filter). */
export function useChosenProvince(): {
  isLoaded: boolean;
  province: ProvinceCode | undefined;
  setProvince: (code: ProvinceCode | undefined) => Promise<void>;
} {
  const { isLoaded, value } = useSetting(SETTING_KEYS.province);
  // A stored value from an older version (a pre-2025 province code) is ignored, not trusted.
  const province = (PROVINCE_CODES as readonly unknown[]).includes(value)
    ? (value as ProvinceCode)
    : undefined;
  const setProvince = useCallback(
    (code: ProvinceCode | undefined) =>
      code ? setSetting(SETTING_KEYS.province, code) : deleteSetting(SETTING_KEYS.province),
    [],
  );
  return { isLoaded, province, setProvince };
}
