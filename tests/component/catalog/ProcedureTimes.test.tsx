import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hasPortalData, readPortalProcedure } from '../../support/portal-data.ts';
import { makeCatalog, makeProcedure } from '../support/factories.ts';
import { renderWithProviders } from '../support/render.tsx';

const other = { value: 1, unit: 'other' as const, unitRaw: 'OTHER' };
const catalog = makeCatalog([
  makeProcedure({
    code: '1.000001',
    name: { vi: 'Thủ tục theo trường hợp' },
    methods: [{ channel: 'online', processingTime: other, fees: [] }],
    cases: [
      { name: 'Trong nước', processingTime: { value: 3, unit: 'working_day' } },
      { name: 'Có yếu tố nước ngoài', processingTime: { value: 15, unit: 'day' } },
    ],
  }),
  makeProcedure({
    code: '1.000002',
    name: { vi: 'Thủ tục có lời của nguồn' },
    methods: [
      {
        channel: 'in_person',
        processingTime: { ...other, value: null, note: 'Không quá 15 ngày làm việc' },
        fees: [],
      },
      { channel: 'postal', processingTime: { ...other, value: 5 }, fees: [] },
    ],
  }),
]);

function methodsRegion(language: 'vi' | 'en') {
  return screen.getByRole('region', {
    name:
      language === 'vi' ? 'Cách thức thực hiện, thời hạn và phí' : 'How to apply, time and fees',
  });
}

describe('processing times on the detail page (issue 11, item 2)', () => {
  it('lists per-case times instead of "1 OTHER", in Vietnamese and English', async () => {
    await renderWithProviders(undefined, { storedCatalog: catalog, route: '/procedures/1.000001' });
    await screen.findByRole('heading', { level: 1, name: 'Thủ tục theo trường hợp' });
    const methods = methodsRegion('vi');
    expect(methods).not.toHaveTextContent(/OTHER/);
    expect(methods).toHaveTextContent('Theo từng trường hợp:');
    expect(within(methods).getByText('Trong nước').closest('li')).toHaveTextContent(
      'Trong nước: 3 ngày làm việc',
    );
    expect(within(methods).getByText('Có yếu tố nước ngoài').closest('li')).toHaveTextContent(
      'Có yếu tố nước ngoài: 15 ngày',
    );
  });

  it('shows "depends on the case" with the source words, never the code', async () => {
    await renderWithProviders(undefined, {
      storedCatalog: catalog,
      route: '/procedures/1.000002',
      language: 'en',
    });
    await screen.findByRole('heading', { level: 1, name: 'Thủ tục có lời của nguồn' });
    const methods = methodsRegion('en');
    expect(methods).not.toHaveTextContent(/OTHER/);
    expect(methods).toHaveTextContent('Depends on the case: Không quá 15 ngày làm việc');
    expect(methods).toHaveTextContent('Depends on the case (the source gives 5 with no unit)');
  });
});

describe.runIf(hasPortalData)('birth registration from the real national-portal file', () => {
  const birth = hasPortalData ? readPortalProcedure('1.001193') : undefined;
  for (const [language, oneDay] of [
    ['vi', '1 ngày làm việc'],
    ['en', '1 working day'],
  ] as const) {
    it(`reads ${oneDay} on all three channels, no raw unit (${language})`, async () => {
      await renderWithProviders(undefined, {
        storedCatalog: makeCatalog(birth ? [birth] : []),
        route: '/procedures/1.001193',
        language,
      });
      // The real record, with our English name for it (src/domain/english-names.ts).
      const title = language === 'vi' ? 'Thủ tục đăng ký khai sinh' : 'Birth registration';
      await screen.findByRole('heading', { level: 1, name: title });
      const methods = methodsRegion(language);
      expect(methods).not.toHaveTextContent(/OTHER/);
      expect(within(methods).getAllByText(oneDay)).toHaveLength(3);
    });
  }
});
