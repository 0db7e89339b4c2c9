import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { civilStatusProcedures, makeCatalog } from '../support/factories.ts';
import { renderWithProviders } from '../support/render.tsx';

const catalog = makeCatalog(civilStatusProcedures());

describe('layout', () => {
  it('has a skip link to the main landmark, a header and the province picker', async () => {
    await renderWithProviders(undefined, { storedCatalog: catalog });
    const skip = await screen.findByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
    expect(skip).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('banner')).toHaveTextContent('DVC — Dịch vụ công');
    expect(screen.getByRole('combobox', { name: 'Tỉnh, thành phố của bạn' })).toHaveValue('all');
  });

  it('says on every screen, in both languages, that this is not the national portal nor an official complaint', async () => {
    const vi = await renderWithProviders(undefined, { storedCatalog: catalog });
    expect(await screen.findByRole('contentinfo')).toHaveTextContent(
      /không phải là Cổng Dịch vụ công quốc gia.*“Phản ánh, kiến nghị” trên dichvucong\.gov\.vn/,
    );
    vi.unmount();
    await renderWithProviders(undefined, {
      storedCatalog: catalog,
      route: '/procedures/1.001193',
      language: 'en',
    });
    expect(await screen.findByRole('contentinfo')).toHaveTextContent(
      /not the National Public Service Portal.*not official feedback or a complaint/,
    );
  });

  it('shows the remembered province in the header after it is chosen there', async () => {
    const { user } = await renderWithProviders(undefined, { storedCatalog: catalog });
    const picker = await screen.findByRole('combobox', { name: 'Tỉnh, thành phố của bạn' });
    await user.selectOptions(picker, 'Thành phố Đà Nẵng');
    await waitFor(() => expect(picker).toHaveValue('48'));
    // The search's province filter follows the remembered province.
    expect(screen.getByRole('combobox', { name: 'Tỉnh, thành phố' })).toHaveValue('48');
  });

  it('shows a translated not-found page for an unknown address, with a way back', async () => {
    const { user } = await renderWithProviders(undefined, {
      storedCatalog: catalog,
      route: '/no/such/page',
      language: 'en',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Back to procedure search' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Find an administrative procedure' }),
    ).toHaveFocus();
  });

  it('leads from the header to rating a service, in both languages', async () => {
    const { user } = await renderWithProviders(undefined, { storedCatalog: catalog });
    await user.click(await screen.findByRole('link', { name: 'Đánh giá dịch vụ' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Đánh giá dịch vụ công' }),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('link', { name: 'Rate a service' })).toBeVisible();
  });

  it('folds the section links into a menu that opens, closes with Escape and after a link', async () => {
    const { user } = await renderWithProviders(undefined, { storedCatalog: catalog });
    const menu = await screen.findByRole('button', { name: 'Menu' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(menu.getAttribute('aria-controls') ?? '')).toContainElement(
      screen.getByRole('navigation', { name: 'Chức năng chính' }),
    );
    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    await user.click(menu);
    await user.click(screen.getByRole('link', { name: 'Số liệu hài lòng' }));
    await waitFor(() => expect(menu).toHaveAttribute('aria-expanded', 'false'));
  });
});
