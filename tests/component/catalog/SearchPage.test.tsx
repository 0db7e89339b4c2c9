import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { civilStatusProcedures, makeCatalog } from '../support/factories.ts';
import { renderWithProviders } from '../support/render.tsx';

const catalog = makeCatalog(civilStatusProcedures());

async function results() {
  const list = await screen.findByRole('list', { name: 'Kết quả tìm kiếm' });
  return within(list).getAllByRole('listitem');
}

describe('SearchPage', () => {
  it('finds birth registration first when typing without diacritics', async () => {
    const { user } = await renderWithProviders(undefined, { storedCatalog: catalog });
    await user.type(
      await screen.findByRole('searchbox', { name: 'Tìm thủ tục' }),
      'dang ky khai sinh',
    );

    const items = await results();
    expect(within(items[0]!).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Thủ tục đăng ký khai sinh',
    );
    expect(within(items[0]!).getByText('1.001193')).toBeInTheDocument();
    expect(screen.getByText(`Tìm thấy ${items.length} thủ tục`)).toBeInTheDocument();
    // 17 keystrokes, each searching and re-rendering the results in happy-dom: about 4 s on a
    // quiet 2-core machine, so the default 5 s cap failed runs on a loaded one (issue 20).
  }, 30_000);

  it('announces the number of results politely', async () => {
    await renderWithProviders(undefined, { storedCatalog: catalog, route: '/?q=ket+hon' });
    const count = await screen.findByText('Tìm thấy 1 thủ tục');
    expect(count).toHaveAttribute('aria-live', 'polite');
  });

  it('shows each result with its level and the plain meaning', async () => {
    await renderWithProviders(undefined, { storedCatalog: catalog, route: '/?q=1.001193' });
    const [first] = await results();
    expect(within(first!).getByText('Toàn trình')).toBeInTheDocument();
    expect(
      within(first!).getByText(
        'Làm hoàn toàn trực tuyến: nộp hồ sơ và nộp phí trực tuyến, nhận kết quả trực tuyến hoặc qua bưu chính; không cần đến cơ quan.',
      ),
    ).toBeInTheDocument();
  });

  it('says when nothing matches', async () => {
    await renderWithProviders(undefined, { storedCatalog: catalog, route: '/?q=qwxz' });
    expect(await screen.findByText(/Không có thủ tục nào khớp/)).toBeInTheDocument();
    expect(screen.getByText('Tìm thấy 0 thủ tục')).toBeInTheDocument();
  });

  it('in English, marks a procedure that has only a Vietnamese name', async () => {
    await renderWithProviders(undefined, {
      storedCatalog: catalog,
      language: 'en',
      route: '/?q=luu+dong',
    });
    const list = await screen.findByRole('list', { name: 'Search results' });
    const [first] = within(list).getAllByRole('listitem');
    expect(within(first!).getByRole('link')).toHaveTextContent(
      'Thủ tục đăng ký khai sinh lưu động',
    );
    expect(within(first!).getByText('Vietnamese name only')).toBeInTheDocument();
  });

  it('opens the detail page from a result and comes back to the same search', async () => {
    const { user } = await renderWithProviders(undefined, {
      storedCatalog: catalog,
      route: '/?q=khai+tu',
    });
    await user.click(await screen.findByRole('link', { name: 'Thủ tục đăng ký khai tử' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Thủ tục đăng ký khai tử' }),
    ).toHaveFocus();
    await user.click(screen.getByRole('link', { name: /Quay lại kết quả tìm kiếm/ }));
    expect(await screen.findByRole('searchbox', { name: 'Tìm thủ tục' })).toHaveValue('khai tu');
  });
});
