import { portalUrlFor, type Procedure } from '../../../src/domain/procedure.ts';

/** A valid procedure with plain defaults; override what the test is about. */
export function makeProcedure(code: string, overrides: Partial<Procedure> = {}): Procedure {
  return {
    code,
    name: { vi: `Thủ tục thử ${code}` },
    fields: ['Hộ tịch'],
    governmentLevels: ['commune'],
    agencies: ['Ủy ban nhân dân cấp xã'],
    onlineLevel: 'partial',
    methods: [
      {
        channel: 'online',
        processingTime: { value: 3, unit: 'working_day' },
        fees: [{ kind: 'FEE', amountVnd: 0 }],
      },
    ],
    documents: [{ name: 'Tờ khai', originals: 1 }],
    steps: ['Nộp hồ sơ'],
    results: ['Giấy xác nhận'],
    legalBasis: ['Luật Hộ tịch 2014'],
    portalUrl: portalUrlFor(`id-${code}`),
    ...overrides,
  };
}
