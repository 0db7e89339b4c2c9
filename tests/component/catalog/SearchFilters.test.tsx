import { screen, waitFor, within } from '@testing-library/react';
import { useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../../src/app/routes.tsx';
import { getSetting, SETTING_KEYS } from '../../../src/db/settings.ts';
import { civilStatusProcedures, makeCatalog } from '../support/factories.ts';
import { renderWithProviders } from '../support/render.tsx';

const catalog = makeCatalog(civilStatusProcedures());
const total = catalog.procedures.length;

/** Stands in for the browser's back button. */
function BrowserBack() {
  const navigate = useNavigate();
  return (
    <button type="button" onClick={() => void navigate(-1)}>
      Browser back
    </button>
  );
}

function resultNames(): string[] {
  const list = screen.getByRole('list', { name: 'Kết quả tìm kiếm' });
  return within(list)
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent ?? '');
}

describe('search filters', () => {
  it('narrows results by online level', async () => {
    const { user } = await renderWithProviders(undefined, { storedCatalog: catalog });
    await screen.findByText(`Tìm thấy ${total} thủ tục`);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Mức độ trực tuyến' }), 'full');

    expect(await screen.findByText('Tìm thấy 2 thủ tục')).toBeInTheDocument();
    expect(resultNames()).toEqual(['Thủ tục đăng ký khai sinh', 'Thủ tục đăng ký khai tử']);
  });

  it('applies filters from the URL', async () => {
    await renderWithProviders(undefined, {
      storedCatalog: catalog,
      route: '/?q=khai+sinh&level=in_person',
    });
    expect(await screen.findByText('Tìm thấy 1 thủ tục')).toBeInTheDocument();
    expect(resultNames()).toEqual(['Thủ tục đăng ký khai sinh có yếu tố nước ngoài']);
    expect(screen.getByRole('combobox', { name: 'Mức độ trực tuyến' })).toHaveValue('in_person');
    expect(screen.getByRole('searchbox', { name: 'Tìm thủ tục' })).toHaveValue('khai sinh');
  });

  it('ignores unknown URL values instead of failing', async () => {
    await renderWithProviders(undefined, {
      storedCatalog: catalog,
      route: '/?level=level4&gov=district&province=99&field=Kh%C3%B4ng%20c%C3%B3',
    });
    expect(await screen.findByText(`Tìm thấy ${total} thủ tục`)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Mức độ trực tuyến' })).toHaveValue('');
  });

  it('filters by field and level of government', async () => {
    await renderWithProviders(undefined, {
      storedCatalog: catalog,
      route: `/?field=${encodeURIComponent('Xây dựng')}&gov=commune`,
    });
    expect(await screen.findByText('Tìm thấy 1 thủ tục')).toBeInTheDocument();
    expect(resultNames()).toEqual(['Cấp giấy phép xây dựng nhà ở riêng lẻ']);
  });

  it('shows national procedures plus the chosen province’s own, and remembers the province', async () => {
    const { user } = await renderWithProviders(undefined, { storedCatalog: catalog });
    await screen.findByText(`Tìm thấy ${total} thủ tục`);
    const filter = screen.getByRole('combobox', { name: 'Tỉnh, thành phố' });

    await user.selectOptions(filter, 'Thành phố Hà Nội');
    expect(await screen.findByText(`Tìm thấy ${total - 1} thủ tục`)).toBeInTheDocument();
    expect(resultNames()).not.toContain(
      'Thủ tục hỗ trợ doanh nghiệp tham gia chuỗi cung ứng bán dẫn',
    );

    await user.selectOptions(filter, 'Thành phố Huế');
    expect(await screen.findByText(`Tìm thấy ${total} thủ tục`)).toBeInTheDocument();

    await waitFor(async () => expect(await getSetting(SETTING_KEYS.province)).toBe('46'));
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Tỉnh, thành phố của bạn' })).toHaveValue('46'),
    );
  });

  it('clears all filters with one button', async () => {
    const { user } = await renderWithProviders(undefined, {
      storedCatalog: catalog,
      route: '/?level=full&gov=commune',
    });
    await screen.findByText('Tìm thấy 2 thủ tục');
    await user.click(screen.getByRole('button', { name: 'Bỏ tất cả bộ lọc' }));
    expect(await screen.findByText(`Tìm thấy ${total} thủ tục`)).toBeInTheDocument();
  });

  it('puts each filter change in the history, so the back button undoes it', async () => {
    const { user } = await renderWithProviders(
      <>
        <BrowserBack />
        <AppRoutes />
      </>,
      { storedCatalog: catalog },
    );
    await screen.findByText(`Tìm thấy ${total} thủ tục`);
    const level = screen.getByRole('combobox', { name: 'Mức độ trực tuyến' });
    await user.selectOptions(level, 'full');
    expect(await screen.findByText('Tìm thấy 2 thủ tục')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Browser back' }));
    expect(await screen.findByText(`Tìm thấy ${total} thủ tục`)).toBeInTheDocument();
    expect(level).toHaveValue('');
  });
});
