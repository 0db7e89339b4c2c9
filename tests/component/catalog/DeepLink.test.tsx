import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/domain/procedure.ts';
import { fakeCatalogServer, offlineFetch } from '../support/catalog-server.ts';
import { civilStatusProcedures, makeCatalog } from '../support/factories.ts';
import { renderWithProviders } from '../support/render.tsx';

const catalog = makeCatalog(civilStatusProcedures());

/**
 * A first visit on a slow phone: the catalogue download never finishes during the test, while
 * the server answers one procedure at once — as a shared link or a QR code is opened.
 */
function slowCatalogue(served: Catalog): typeof fetch {
  const server = fakeCatalogServer(served);
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.endsWith('/api/catalog')) return new Promise<Response>(() => {});
    return server.fetch(input, init);
  };
}

describe('a link opened before the catalogue is on the device', () => {
  it('shows the procedure from the server at once, never "not found"', async () => {
    await renderWithProviders(undefined, {
      route: '/procedures/1.001193',
      fetch: slowCatalogue(catalog),
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Thủ tục đăng ký khai sinh' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Không tìm thấy thủ tục')).toBeNull();
    expect(screen.getByRole('link', { name: 'Đánh giá dịch vụ này' })).toBeVisible();
  });

  it('opens the rating form of a shared rating link the same way, in English', async () => {
    await renderWithProviders(undefined, {
      route: '/procedures/1.001193/rate',
      language: 'en',
      fetch: slowCatalogue(catalog),
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Rate the service' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← Birth registration' })).toBeVisible();
  });

  it('says "not found" when the server says so, naming the catalogue, not this device', async () => {
    await renderWithProviders(undefined, {
      route: '/procedures/9.999999',
      fetch: slowCatalogue(catalog),
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy thủ tục' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Danh mục thủ tục không có thủ tục nào mang mã 9.999999.'),
    ).toBeVisible();
  });

  it('offline with no catalogue yet: says it cannot tell, not "not found"', async () => {
    await renderWithProviders(undefined, { route: '/procedures/1.001193', fetch: offlineFetch });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Chưa xem được thủ tục này' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Không tìm thấy thủ tục')).toBeNull();
    expect(await screen.findByRole('alert')).toHaveTextContent(/không có mạng/i);
  });

  it('offline with the whole catalogue stored: the device says "not found" for an unknown code', async () => {
    await renderWithProviders(undefined, {
      storedCatalog: catalog,
      route: '/procedures/9.999999',
      fetch: offlineFetch,
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy thủ tục' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Không có thủ tục nào mang mã 9.999999 trong danh mục trên máy này.'),
    ).toBeVisible();
  });

  it('finds a code the stored catalogue does not have yet when the server has it', async () => {
    const stored = makeCatalog(civilStatusProcedures().filter((p) => p.code !== '1.001193'));
    await renderWithProviders(undefined, {
      storedCatalog: stored,
      route: '/procedures/1.001193',
      fetch: slowCatalogue(catalog),
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Thủ tục đăng ký khai sinh' }),
    ).toBeInTheDocument();
  });
});
