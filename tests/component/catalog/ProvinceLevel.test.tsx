import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { replaceProvinceLists } from '../../../src/db/province-lists.ts';
import { setSetting, SETTING_KEYS } from '../../../src/db/settings.ts';
import { freshDatabase, renderWithProviders } from '../support/render.tsx';
import { makeCatalog, makeProcedure } from '../support/factories.ts';

const LAND = 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất';
const land = (code: string, overrides: Parameters<typeof makeProcedure>[0] = {}) =>
  makeProcedure({
    code,
    name: { vi: LAND },
    fields: ['Đất đai'],
    governmentLevels: [],
    agencies: ['Văn phòng đăng ký đất đai'],
    ...overrides,
  });
const catalog = makeCatalog([
  land('1.012783', { onlineLevel: 'unknown' }),
  land('1.115733', { province: '20', onlineLevel: 'full' }),
  land('1.115784', { province: '82', onlineLevel: 'partial' }),
]);
const HCMC_LIST = {
  catalogVersion: 1,
  lists: [
    {
      province: '79' as const,
      decision: '1234/QĐ-UBND',
      decisionDate: '2026-05-04',
      importedAt: '2026-07-20T00:00:00.000Z',
      entries: [{ code: '1.012783', level: 'full' as const }],
    },
  ],
};

async function withProvince(province: string) {
  const db = freshDatabase();
  await replaceProvinceLists(HCMC_LIST, '"province-lists-v1"');
  await setSetting(SETTING_KEYS.province, province);
  return db;
}

describe('the level a citizen sees is their province’s', { timeout: 20_000 }, () => {
  it('shows one card for the ten-version family, with the province’s decision as source', async () => {
    const db = await withProvince('79');
    await renderWithProviders(undefined, {
      db,
      storedCatalog: catalog,
      route: `/?q=${encodeURIComponent('cấp đổi giấy chứng nhận quyền sử dụng đất')}`,
    });
    const results = await screen.findByRole('list', { name: 'Kết quả tìm kiếm' });
    const cards = await within(results).findAllByRole('listitem');
    expect(cards).toHaveLength(1);
    const card = cards[0] as HTMLElement;
    expect(await within(card).findByText('Ở Thành phố Hồ Chí Minh:')).toBeInTheDocument();
    expect(within(card).getByText(/Toàn trình/)).toBeInTheDocument();
    expect(
      within(card).getByText(
        'Theo Quyết định số 1234/QĐ-UBND ngày 4 tháng 5, 2026 của UBND Thành phố Hồ Chí Minh.',
      ),
    ).toBeInTheDocument();
  });

  it('opens a shared link of another province’s version and points to the chosen one’s', async () => {
    const db = await withProvince('20');
    await renderWithProviders(undefined, {
      db,
      storedCatalog: catalog,
      route: '/procedures/1.115784',
    });
    expect(await screen.findByText('Ở Tỉnh Lạng Sơn:')).toBeInTheDocument();
    expect(
      await screen.findByText('Theo Cổng Dịch vụ công quốc gia, dữ liệu ngày 18 tháng 7, 2026.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: /Tỉnh Lạng Sơn có phiên bản riêng của thủ tục này \(1\.115733\)/,
      }),
    ).toHaveAttribute('href', '/procedures/1.115733');
  });

  it('without a province shows the spread across provinces, in English too', async () => {
    const db = freshDatabase();
    await replaceProvinceLists(HCMC_LIST, undefined);
    await renderWithProviders(undefined, {
      db,
      storedCatalog: catalog,
      route: '/procedures/1.012783',
      language: 'en',
    });
    expect(
      await screen.findByText('The level differs between provinces and cities:'),
    ).toBeInTheDocument();
    expect(screen.getByText(/1 province by its People's Committee's decision/)).toBeInTheDocument();
  });
});
