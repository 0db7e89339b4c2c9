import { describe, expect, it } from 'vitest';
import { mapPortalProcedure } from '../../../src/server/catalog/portal-map.ts';
import { portalDetailSchema } from '../../../src/server/catalog/portal-source.ts';
import {
  hasPortalData,
  portalDetailCodes,
  readPortalProcedure,
} from '../../support/portal-data.ts';

const stepsOf = (executionSteps: { name: string; description: string }[]) =>
  mapPortalProcedure(
    '1.000001',
    undefined,
    portalDetailSchema.parse({ code: '1.000001', executionSteps }),
    [],
  ).steps;

describe('steps from the portal', () => {
  it('joins a step name that ends in a colon to its text with one colon, not two', () => {
    expect(
      stepsOf([
        { name: 'Bước 2: Cơ quan tiếp nhận hồ sơ thực hiện:', description: '- Kiểm tra hồ sơ' },
        { name: 'Bước 3', description: 'Trả kết quả' },
        { name: '', description: 'Chỉ có mô tả' },
        { name: 'Bước 4 :', description: '' },
      ]),
    ).toEqual([
      'Bước 2: Cơ quan tiếp nhận hồ sơ thực hiện: - Kiểm tra hồ sơ',
      'Bước 3: Trả kết quả',
      'Chỉ có mô tả',
      'Bước 4',
    ]);
  });

  it.runIf(hasPortalData)('leaves no "::" in any real procedure’s steps', () => {
    for (const code of portalDetailCodes()) {
      for (const step of readPortalProcedure(code).steps) expect(step, code).not.toContain('::');
    }
  });
});
