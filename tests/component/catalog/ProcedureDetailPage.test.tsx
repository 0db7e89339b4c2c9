import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hasPortalData, readPortalProcedure } from '../../support/portal-data.ts';
import { civilStatusProcedures, makeCatalog, makeProcedure } from '../support/factories.ts';
import { renderWithProviders } from '../support/render.tsx';

const catalog = makeCatalog([
  ...civilStatusProcedures(),
  makeProcedure({
    // As an older app version cached it: raw group headers, notes as 0/0 "documents".
    code: '1.000003',
    name: { vi: 'Thủ tục có nhóm giấy tờ' },
    documents: [
      { name: 'Tờ khai', group: '* Giấy tờ phải nộp:', originals: 1, copies: 0 },
      {
        name: 'Trường hợp đã nộp bản điện tử thì không nộp bản giấy.',
        group: '* Giấy tờ phải nộp:',
        originals: 0,
        copies: 0,
      },
      { name: 'Hộ chiếu hoặc thẻ căn cước', group: ' * Giấy tờ phải xuất trình:', originals: 1 },
      { name: 'Người tiếp nhận kiểm tra, đối chiếu.', group: '* Lưu ý :', originals: 0, copies: 0 },
    ],
  }),
  makeProcedure({
    code: '2.001234',
    name: { vi: 'Thủ tục cấp phiếu lý lịch tư pháp' },
    onlineLevel: 'partial',
    methods: [
      { channel: 'postal', fees: [{ kind: 'FEE', amountVnd: null, note: 'Theo bảng giá' }] },
    ],
  }),
]);

describe('ProcedureDetailPage', () => {
  it('shows level, fees in VND, documents, steps and the portal link', async () => {
    await renderWithProviders(undefined, { storedCatalog: catalog, route: '/procedures/1.001193' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Thủ tục đăng ký khai sinh' }),
    ).toBeInTheDocument();
    const level = screen.getByRole('region', { name: 'Mức độ dịch vụ công trực tuyến' });
    expect(within(level).getByText('Toàn trình')).toBeInTheDocument();

    const methods = screen.getByRole('region', { name: 'Cách thức thực hiện, thời hạn và phí' });
    const inPerson = within(methods).getByRole('heading', { name: 'Trực tiếp' }).closest('li')!;
    expect(within(inPerson as HTMLElement).getByText(/8\.000\s₫/)).toBeInTheDocument();
    expect(within(inPerson as HTMLElement).getByText('1 ngày làm việc')).toBeInTheDocument();
    const online = within(methods).getByRole('heading', { name: 'Trực tuyến' }).closest('li')!;
    expect(within(online as HTMLElement).getByText('Miễn phí')).toBeInTheDocument();

    const documents = screen.getByRole('region', { name: 'Thành phần hồ sơ' });
    expect(within(documents).getByText('Tờ khai đăng ký khai sinh')).toBeInTheDocument();
    expect(within(documents).getByText(/1 bản chính, 0 bản sao/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Trình tự thực hiện' })).toHaveTextContent(
      'Nộp hồ sơ',
    );

    const portal = screen.getByRole('link', {
      name: /^Xem thủ tục trên Cổng Dịch vụ công quốc gia.*thẻ mới/,
    });
    expect(portal).toHaveAttribute('target', '_blank');
    expect(portal.getAttribute('href')).toContain('1.001193');
  });

  it('formats fees for English and says so when only a Vietnamese name exists', async () => {
    await renderWithProviders(undefined, {
      storedCatalog: catalog,
      route: '/procedures/2.001234',
      language: 'en',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Thủ tục cấp phiếu lý lịch tư pháp' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Vietnamese name only')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'By post' })).toBeInTheDocument();
    // No amount, but a text that says how it is set: that text is the fee (issue 11).
    expect(screen.getByText('Theo bảng giá')).toBeInTheDocument();
    expect(screen.getByText("(the source's words)")).toBeInTheDocument();
    expect(screen.queryByText('The source gives no amount')).toBeNull();
    expect(screen.getByText('Partly online (một phần)')).toBeInTheDocument();
    expect(
      screen.getByText('You can file online, but some step still needs you in person or by post.'),
    ).toBeInTheDocument();
  });

  it('shows English fees as VND', async () => {
    await renderWithProviders(undefined, {
      storedCatalog: catalog,
      route: '/procedures/1.001193',
      language: 'en',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Birth registration' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/₫8,000|8,000\s?₫|VND\s?8,000/)).toBeInTheDocument();
    expect(screen.getByText('Free')).toBeInTheDocument();
  });

  it('shows a translated not-found page with a way back for an unknown code', async () => {
    const { user } = await renderWithProviders(undefined, {
      storedCatalog: catalog,
      route: '/procedures/9.999999',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy thủ tục' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Về trang tra cứu thủ tục' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tra cứu thủ tục hành chính' }),
    ).toBeInTheDocument();
  });

  it('shows group headers as headings and notes as notes, with no 0/0 counts', async () => {
    await renderWithProviders(undefined, { storedCatalog: catalog, route: '/procedures/1.000003' });
    await screen.findByRole('heading', { level: 1, name: 'Thủ tục có nhóm giấy tờ' });
    const documents = screen.getByRole('region', { name: 'Thành phần hồ sơ' });
    const headings = within(documents).getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual([
      'Giấy tờ phải nộp',
      'Giấy tờ phải xuất trình',
      'Lưu ý',
    ]);
    expect(documents).not.toHaveTextContent('0 bản chính, 0 bản sao');
    expect(documents).not.toHaveTextContent('::');
    // Two documents are listed; the two notes are read as text, not as documents.
    expect(
      within(documents)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Tờ khai — 1 bản chính, 0 bản sao', 'Hộ chiếu hoặc thẻ căn cước — 1 bản chính']);
    expect(within(documents).getByText('Người tiếp nhận kiểm tra, đối chiếu.').tagName).toBe('P');
  });
});

describe.runIf(hasPortalData)('the document list of the real birth registration (1.001193)', () => {
  const birth = hasPortalData ? readPortalProcedure('1.001193') : undefined;
  for (const [language, region, zero] of [
    ['vi', 'Thành phần hồ sơ', '0 bản chính, 0 bản sao'],
    ['en', 'Documents to submit', '0 originals, 0 copies'],
  ] as const) {
    it(`reads as headings, documents and notes (${language})`, async () => {
      await renderWithProviders(undefined, {
        storedCatalog: makeCatalog(birth ? [birth] : []),
        route: '/procedures/1.001193',
        language,
      });
      // The real record, with our English name for it (src/domain/english-names.ts).
      const title = language === 'vi' ? 'Thủ tục đăng ký khai sinh' : 'Birth registration';
      await screen.findByRole('heading', { level: 1, name: title });
      const documents = screen.getByRole('region', { name: region });
      const headings = within(documents).getAllByRole('heading', { level: 3 });
      expect(headings.map((h) => h.textContent)).toEqual([
        'Giấy tờ phải nộp',
        'Giấy tờ phải xuất trình',
        'Lưu ý',
      ]);
      expect(documents).not.toHaveTextContent(zero);
      expect(documents).not.toHaveTextContent('::');
      const items = within(documents).getAllByRole('listitem');
      expect(items.length).toBeLessThan(12);
      expect(items.some((li) => li.textContent?.startsWith('Giấy chứng sinh'))).toBe(true);
    });
  }
});
