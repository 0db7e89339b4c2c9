import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { civilStatusProcedures, makeCatalog } from '../support/factories.ts';
import { renderWithProviders } from '../support/render.tsx';

const catalog = makeCatalog(civilStatusProcedures());

describe('rate a service', () => {
  it('finds the procedure by name without diacritics and opens its form', async () => {
    const { user } = await renderWithProviders(undefined, {
      storedCatalog: catalog,
      route: '/rate',
      language: 'en',
    });
    await user.type(
      await screen.findByRole('searchbox', { name: 'Procedure name or code' }),
      'ket hon',
    );
    await user.click(await screen.findByRole('link', { name: 'Rate: Marriage registration' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Rate the service' }),
    ).toBeVisible();
    expect(screen.getByText(/Procedure: Marriage registration/)).toBeVisible();
  });

  it('is offered on every procedure page', async () => {
    const { user } = await renderWithProviders(undefined, {
      storedCatalog: catalog,
      route: '/procedures/1.001193',
    });
    await user.click(await screen.findByRole('link', { name: 'Đánh giá dịch vụ này' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Đánh giá dịch vụ' }),
    ).toBeVisible();
    expect(screen.getByText(/Thủ tục: Thủ tục đăng ký khai sinh/)).toBeVisible();
  });

  it('says so when the procedure code is unknown', async () => {
    await renderWithProviders(undefined, {
      storedCatalog: catalog,
      route: '/procedures/9.999999/rate',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy thủ tục' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Chọn thủ tục từ danh sách' })).toHaveAttribute(
      'href',
      '/rate',
    );
  });
});
