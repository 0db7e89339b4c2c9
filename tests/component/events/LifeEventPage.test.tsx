import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setSetting, SETTING_KEYS } from '../../../src/db/settings.ts';
import { makeCatalog, makeProcedure } from '../support/factories.ts';
import { freshDatabase, renderWithProviders } from '../support/render.tsx';

/** The baby event's procedures as a small catalogue: levels chosen to make the count readable. */
const catalog = makeCatalog([
  makeProcedure({
    code: '1.014331',
    name: { vi: 'Cấp Giấy chứng sinh', en: 'Certificate of live birth from the hospital' },
    onlineLevel: 'in_person',
    factsSource: 'curated',
  }),
  makeProcedure({
    code: '1.001193',
    name: { vi: 'Thủ tục đăng ký khai sinh', en: 'Birth registration' },
    onlineLevel: 'partial',
    factsSource: 'portal',
    sourceUpdatedAt: '2026-05-04',
  }),
  makeProcedure({
    code: '1.004222',
    name: { vi: 'Đăng ký thường trú', en: 'Permanent residence registration' },
    fields: ['Đăng ký, quản lý cư trú'],
    onlineLevel: 'partial',
    factsSource: 'portal',
  }),
  // Hà Nội's own version of permanent residence registration, full-process there.
  makeProcedure({
    code: '1.115999',
    name: { vi: 'Đăng ký thường trú' },
    fields: ['Đăng ký, quản lý cư trú'],
    province: '01',
    onlineLevel: 'full',
    factsSource: 'portal',
    sourceUpdatedAt: '2026-06-30',
  }),
  makeProcedure({
    code: '1.014137',
    name: { vi: 'Thủ tục cấp thẻ bảo hiểm y tế', en: 'Health insurance card issue' },
    onlineLevel: 'full',
    factsSource: 'curated',
  }),
]);

const BABY = '/events/having-a-baby';

/** The steps show at once; their levels once the stored catalogue has been read. */
async function catalogueRead() {
  await screen.findByText(/bước làm được hoàn toàn trực tuyến/);
}

function stepItem(heading: RegExp) {
  const title = screen.getByRole('heading', { level: 3, name: heading });
  return title.closest('li') as HTMLElement;
}

// Whole-app renders over fake-indexeddb: several seconds each on a loaded 2-core machine.
describe('LifeEventPage', { timeout: 30_000 }, () => {
  it('lists the steps in order with their deadline, its law, and each procedure’s level', async () => {
    await renderWithProviders(undefined, { storedCatalog: catalog, route: BABY });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Khi gia đình có em bé' }),
    ).toBeInTheDocument();
    await catalogueRead();
    const titles = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles.slice(0, 3)).toEqual([
      'Bước 1 Nhận giấy chứng sinh',
      'Bước 2 Đăng ký khai sinh',
      'Bước 3 Đăng ký thường trú cho con',
    ]);

    const registration = stepItem(/Đăng ký khai sinh$/);
    expect(within(registration).getByText('Trong 60 ngày kể từ ngày sinh.')).toBeInTheDocument();
    expect(within(registration).getByText('Luật Hộ tịch 2014, Điều 15')).toHaveAttribute(
      'lang',
      'vi',
    );
    expect(
      within(registration).getByRole('link', { name: 'Nhận giấy chứng sinh' }),
    ).toHaveAttribute('href', '/events/having-a-baby#birth-certificate');
    expect(within(registration).getByText(/Một hồ sơ cho cả ba việc/)).toBeInTheDocument();

    const [birth] = within(registration).getAllByRole('listitem');
    expect(
      within(birth!).getByRole('heading', { name: 'Thủ tục đăng ký khai sinh' }),
    ).toBeInTheDocument();
    expect(within(birth!).getByText('Một phần')).toBeInTheDocument();
    expect(
      within(birth!).getByText(
        'Mức độ theo Cổng Dịch vụ công quốc gia, bản ghi cập nhật ngày 4 tháng 5, 2026.',
      ),
    ).toBeInTheDocument();
    expect(within(birth!).getByRole('link', { name: 'Xem thủ tục 1.001193' })).toHaveAttribute(
      'href',
      '/procedures/1.001193',
    );
    expect(within(birth!).getByRole('link', { name: 'Đánh giá dịch vụ 1.001193' })).toHaveAttribute(
      'href',
      '/procedures/1.001193/rate',
    );
  });

  it('says when the law sets no deadline, and marks optional steps with who needs them', async () => {
    await renderWithProviders(undefined, { storedCatalog: catalog, route: BABY });
    const residence = stepItem(
      await screen.findByText('Đăng ký thường trú cho con').then(() => /thường trú cho con$/),
    );
    expect(
      within(residence).getByText(
        'Không ghi thời hạn: chúng tôi chưa thấy luật đặt thời hạn cho bước này.',
      ),
    ).toBeInTheDocument();
    const benefit = stepItem(/Xin chế độ thai sản$/);
    expect(within(benefit).getByText('Không bắt buộc')).toBeInTheDocument();
    expect(
      within(benefit).getByText('Ai cần làm: Cha hoặc mẹ đang đóng bảo hiểm xã hội.'),
    ).toBeInTheDocument();
  });

  it('counts the steps done fully online nationally, and says which are not known', async () => {
    await renderWithProviders(undefined, { storedCatalog: catalog, route: BABY });
    // Of six steps, only the health insurance card is full-process nationally; the maternity
    // benefit and the child's identity card are not in this catalogue.
    expect(
      await screen.findByText(
        /^1 trong 6 bước làm được hoàn toàn trực tuyến theo mức độ chung của cả nước\. 2 bước chưa rõ mức độ\.$/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Chọn tỉnh, thành phố của bạn ở đầu trang để xem mức độ ở nơi bạn ở.'),
    ).toBeInTheDocument();
    const card = stepItem(/Làm thẻ căn cước cho con$/);
    expect(
      within(card).getByText(/Thủ tục 1\.014062 chưa có trong danh mục trên máy này/),
    ).toBeInTheDocument();
  });

  it('uses the chosen province’s own version, says so, and counts it', async () => {
    const db = freshDatabase();
    await setSetting(SETTING_KEYS.province, '01');
    await renderWithProviders(undefined, { db, storedCatalog: catalog, route: BABY });
    expect(
      await screen.findByText(
        /^2 trong 6 bước làm được hoàn toàn trực tuyến ở Thành phố Hà Nội\. 2 bước chưa rõ mức độ\.$/,
      ),
    ).toBeInTheDocument();
    const residence = stepItem(/Đăng ký thường trú cho con$/);
    expect(within(residence).getByText('Toàn trình')).toBeInTheDocument();
    expect(
      within(residence).getByText(
        'Mức độ theo bản riêng của Thành phố Hà Nội trên Cổng Dịch vụ công quốc gia (mã 1.115999), bản ghi cập nhật ngày 30 tháng 6, 2026.',
      ),
    ).toBeInTheDocument();
    expect(within(residence).getByRole('link', { name: 'Xem thủ tục 1.115999' })).toHaveAttribute(
      'href',
      '/procedures/1.115999',
    );
    // Where the province has no version of its own, the page says the level is the national one.
    const registration = stepItem(/Đăng ký khai sinh$/);
    expect(
      within(registration).getAllByText(
        /Danh mục chưa có bản riêng của Thành phố Hà Nội: đây là mức độ chung của cả nước\./,
      ).length,
    ).toBeGreaterThan(0);
  });

  it('reads in English, laws cited in Vietnamese', async () => {
    await renderWithProviders(undefined, { storedCatalog: catalog, route: BABY, language: 'en' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'When you have a baby' }),
    ).toBeInTheDocument();
    await screen.findByText(/^1 of 6 steps can be done fully online/);
    const registration = stepItem(/Register the birth$/);
    expect(within(registration).getByText('Within 60 days of the birth.')).toBeInTheDocument();
    expect(within(registration).getByText('Set by', { exact: false })).toBeInTheDocument();
    expect(
      within(registration).getByRole('heading', { name: 'Birth registration' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^1 of 6 steps can be done fully online/)).toBeInTheDocument();
  });

  it('shows every step at once offline with no catalogue on the device', async () => {
    await renderWithProviders(undefined, { route: BABY, server: 'offline' });
    expect(
      await screen.findByRole('heading', { level: 3, name: /Đăng ký khai sinh$/ }),
    ).toBeInTheDocument();
    const registration = stepItem(/Đăng ký khai sinh$/);
    expect(
      await within(registration).findByText(/Thủ tục 1\.001193 chưa có trong danh mục/),
    ).toBeInTheDocument();
    expect(
      within(registration).getByRole('link', { name: 'Xem thủ tục 1.001193' }),
    ).toBeInTheDocument();
  });

  it('says an unknown event address does not exist, with a way back', async () => {
    await renderWithProviders(undefined, { route: '/events/no-such-event' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang này' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xem các việc cần làm' })).toHaveAttribute(
      'href',
      '/events',
    );
  });
});
