import type { Catalog, Procedure } from '../../../src/domain/procedure.ts';

/** A valid procedure with plain defaults; override what the test is about. */
export function makeProcedure(overrides: Partial<Procedure> = {}): Procedure {
  const code = overrides.code ?? '1.000001';
  return {
    code,
    name: { vi: 'Thủ tục mẫu', en: 'Sample procedure' },
    fields: ['Hộ tịch'],
    governmentLevels: ['commune'],
    agencies: ['Ủy ban nhân dân cấp xã'],
    onlineLevel: 'partial',
    methods: [],
    documents: [],
    steps: [],
    results: [],
    legalBasis: [],
    portalUrl: `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?ma_thu_tuc=${code}`,
    ...overrides,
  };
}

export function makeCatalog(procedures: Procedure[], overrides: Partial<Catalog> = {}): Catalog {
  return { version: 1, updatedAt: '2026-07-18T08:00:00.000Z', procedures, ...overrides };
}

/**
 * A small catalogue shaped like the real one around birth registration: several names contain
 * "khai sinh", so ranking (not mere matching) decides what comes first.
 */
export function civilStatusProcedures(): Procedure[] {
  return [
    makeProcedure({
      code: '1.004884',
      name: { vi: 'Thủ tục đăng ký lại khai sinh', en: 'Re-registration of a birth' },
    }),
    makeProcedure({
      code: '2.000528',
      name: { vi: 'Thủ tục đăng ký khai sinh có yếu tố nước ngoài' },
      governmentLevels: ['province'],
      onlineLevel: 'in_person',
    }),
    makeProcedure({
      code: '1.001193',
      name: { vi: 'Thủ tục đăng ký khai sinh', en: 'Birth registration' },
      summary: {
        vi: 'Khai sinh cho trẻ mới sinh tại Ủy ban nhân dân cấp xã.',
        en: 'Register a newborn child at the commune People’s Committee.',
      },
      onlineLevel: 'full',
      methods: [
        {
          channel: 'online',
          processingTime: { value: 1, unit: 'working_day' },
          fees: [{ kind: 'FEE', amountVnd: 0 }],
        },
        {
          channel: 'in_person',
          processingTime: { value: 1, unit: 'working_day' },
          fees: [{ kind: 'FEE', amountVnd: 8000 }],
        },
      ],
      documents: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0 }],
      steps: ['Nộp hồ sơ', 'Nhận kết quả'],
      results: ['Giấy khai sinh'],
      legalBasis: ['Luật Hộ tịch 2014'],
    }),
    makeProcedure({
      code: '1.003583',
      name: { vi: 'Thủ tục đăng ký khai sinh lưu động' },
    }),
    makeProcedure({
      code: '2.000635',
      name: { vi: 'Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh' },
    }),
    makeProcedure({
      code: '1.001022',
      name: { vi: 'Thủ tục đăng ký kết hôn', en: 'Marriage registration' },
      onlineLevel: 'partial',
    }),
    makeProcedure({
      code: '1.000656',
      name: { vi: 'Thủ tục đăng ký khai tử', en: 'Death registration' },
      onlineLevel: 'full',
    }),
    makeProcedure({
      code: '2.002154',
      name: { vi: 'Cấp giấy phép xây dựng nhà ở riêng lẻ', en: 'Building permit for a house' },
      fields: ['Xây dựng'],
      governmentLevels: ['commune'],
      onlineLevel: 'partial',
    }),
    makeProcedure({
      code: '3.000616',
      name: { vi: 'Thủ tục hỗ trợ doanh nghiệp tham gia chuỗi cung ứng bán dẫn' },
      fields: ['Công nghiệp'],
      governmentLevels: ['province'],
      province: '46',
      onlineLevel: 'unknown',
    }),
  ];
}
