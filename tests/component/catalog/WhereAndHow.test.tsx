import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hasPortalData, readPortalProcedure } from '../../support/portal-data.ts';
import { makeCatalog, makeProcedure } from '../support/factories.ts';
import { renderWithProviders } from '../support/render.tsx';

/**
 * Issue 11, items 4, 5 and 10: where to file, conditions, how the result comes back, how to start
 * online (VNeID said plainly), and whose facts the page shows and how old they are.
 */

const PORTAL_PAGE =
  'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d0000-0000-7000-8000-000000000001';

const curated = makeProcedure({
  code: '1.000005',
  name: { vi: 'Thủ tục biên soạn tay', en: 'A hand-curated procedure' },
  summary: { vi: 'Tóm tắt.', en: 'Summary.' },
  onlineLevel: 'full',
  factsSource: 'curated',
  methods: [{ channel: 'online', fees: [] }],
  portalUrl: PORTAL_PAGE,
});
const inPerson = makeProcedure({
  code: '1.000006',
  name: { vi: 'Thủ tục chỉ nộp giấy' },
  onlineLevel: 'in_person',
  factsSource: 'portal',
  methods: [{ channel: 'in_person', fees: [] }],
});

describe('how to start online and whose facts these are', () => {
  it('gives the portal link and says that signing in there needs VNeID (vi)', async () => {
    await renderWithProviders(undefined, {
      storedCatalog: makeCatalog([curated]),
      route: '/procedures/1.000005',
    });
    await screen.findByRole('heading', { level: 1, name: 'Thủ tục biên soạn tay' });
    const online = screen.getByRole('region', { name: 'Nộp hồ sơ trực tuyến' });
    expect(online).toHaveTextContent(/toàn trình/);
    expect(online).toHaveTextContent(/tài khoản định danh điện tử VNeID/);
    const link = within(online).getByRole('link', { name: /Mở trang của thủ tục/ });
    expect(link).toHaveAttribute('href', PORTAL_PAGE);
    const source = screen.getByRole('complementary', { name: 'Nguồn và ngày của thông tin' });
    expect(source).toHaveTextContent(/do DVC biên soạn/);
    expect(source).toHaveTextContent(/chưa phải bản ghi chính thức/);
    // The date of the catalogue on this device, on the page itself (item 10).
    expect(await within(source).findByText(/^Dữ liệu tính đến /)).toBeInTheDocument();
  });

  it('has no "apply online" section for an in-person procedure, and no link to nowhere', async () => {
    await renderWithProviders(undefined, {
      storedCatalog: makeCatalog([inPerson]),
      route: '/procedures/1.000006',
      language: 'en',
    });
    await screen.findByRole('heading', { level: 1, name: 'Thủ tục chỉ nộp giấy' });
    expect(screen.queryByRole('region', { name: 'Apply online' })).toBeNull();
    // A portal record with nothing on where and how: no section of empty headings either.
    expect(screen.queryByRole('region', { name: /Where to file/ })).toBeNull();
    expect(
      screen.getByRole('complementary', { name: 'Source and date of this information' }),
    ).toHaveTextContent(/from the National Public Service Portal/);
  });
});

describe.runIf(hasPortalData)('where and how of a real Đồng Tháp land procedure (1.115754)', () => {
  const real = hasPortalData ? readPortalProcedure('1.115754') : undefined;
  for (const [language, text] of [
    [
      'vi',
      {
        where: 'Nơi nộp hồ sơ, điều kiện và cách nhận kết quả',
        anywhere: /bất kỳ nơi tiếp nhận nào trong tỉnh/,
        result: /tại nơi nộp hồ sơ; qua dịch vụ bưu chính, tại địa chỉ của bạn; trực tuyến/,
        online: 'Nộp hồ sơ trực tuyến',
        vneid: /VNeID/,
        dated: /bản ghi được Cổng cập nhật ngày 17 tháng 7, 2026/,
      },
    ],
    [
      'en',
      {
        where: 'Where to file, conditions and how you get the result',
        anywhere: /any receiving point in the province/,
        result: /at the place where you filed; by post to your address; online/,
        online: 'Apply online',
        vneid: /VNeID electronic identity account/,
        dated: /last updated this record on 17 July 2026/,
      },
    ],
  ] as const) {
    it(`shows the source's addresses, conditions and result ways (${language})`, async () => {
      await renderWithProviders(undefined, {
        storedCatalog: makeCatalog(real ? [real] : []),
        route: '/procedures/1.115754',
        language,
      });
      await screen.findByRole('heading', { level: 1, name: /^Tổ chức kinh tế nhận chuyển nhượng/ });
      const where = screen.getByRole('region', { name: text.where });
      // The source's own words, quoted in Vietnamese with their line breaks.
      const addresses = within(where).getByText(/Quầy số 14/);
      expect(addresses).toHaveAttribute('lang', 'vi');
      expect(addresses.textContent).toContain('\n+ Quầy số 9');
      expect(where).toHaveTextContent(text.anywhere);
      expect(where).toHaveTextContent(/Điều kiện 1: Phù hợp với quy hoạch/);
      expect(where).toHaveTextContent(text.result);
      const online = screen.getByRole('region', { name: text.online });
      expect(online).toHaveTextContent(text.vneid);
      expect(screen.getByRole('complementary')).toHaveTextContent(text.dated);
    });
  }
});
