import { describe, expect, it } from 'vitest';
import { mapPortalProcedure } from '../../../src/server/catalog/portal-map.ts';
import type { PortalListRow } from '../../../src/server/catalog/portal-source.ts';

const row = (code: string, name: string): PortalListRow => ({
  code,
  name,
  categories: ['Nghĩa vụ quân sự'],
  departments: ['Ủy ban nhân dân cấp xã'],
  formalityTargetType: ['Công dân Việt Nam'],
  type: 'STANDARD',
  id: undefined,
  departmentPromulgate: undefined,
  state: undefined,
});

describe('an imported procedure’s English name (issue 13, scope 4)', () => {
  it('comes from our translations when we have one, beside the portal’s Vietnamese', () => {
    const p = mapPortalProcedure(
      '1.013133',
      row('1.013133', 'Thủ tục đăng ký nghĩa vụ quân sự lần đầu'),
      undefined,
      [],
    );
    expect(p.name).toEqual({
      vi: 'Thủ tục đăng ký nghĩa vụ quân sự lần đầu',
      en: 'First military service registration',
    });
  });

  it('is absent otherwise, so English mode says "Vietnamese name only"', () => {
    const p = mapPortalProcedure('1.999998', row('1.999998', 'Thủ tục khác'), undefined, []);
    expect(p.name).toEqual({ vi: 'Thủ tục khác' });
  });
});
