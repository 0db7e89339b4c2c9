import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getCatalogMeta, getProcedure } from '../../../src/db/catalog.ts';
import { civilStatusProcedures, makeCatalog, makeProcedure } from '../support/factories.ts';
import { renderWithProviders } from '../support/render.tsx';

/** The date as a Vietnamese reader sees it (Intl decides the exact wording). */
function viDate(iso: string): string {
  return new Intl.DateTimeFormat('vi-VN', { dateStyle: 'long' }).format(new Date(iso));
}

const catalog = makeCatalog(civilStatusProcedures(), {
  version: 3,
  updatedAt: '2026-07-18T08:00:00.000Z',
});

describe('catalogue sync', () => {
  it('stores the fetched catalogue on first load and shows its date', async () => {
    const { fetchMock } = await renderWithProviders(undefined, { server: catalog });

    expect(
      await screen.findByText(`Tìm thấy ${catalog.procedures.length} thủ tục`),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(`Dữ liệu tính đến ${viDate('2026-07-18T08:00:00.000Z')}`),
    ).toBeInTheDocument();
    expect(await getCatalogMeta()).toEqual({
      version: 3,
      updatedAt: '2026-07-18T08:00:00.000Z',
      etag: '"catalog-list-v3"',
    });
    // The list first (what the search shows), then every procedure whole, for offline.
    await waitFor(async () =>
      expect((await getProcedure('1.001193'))?.name.vi).toBe('Thủ tục đăng ký khai sinh'),
    );
    expect(await getCatalogMeta('details')).toMatchObject({ version: 3, etag: '"catalog-v3"' });
    // The provinces' lists follow with their own small request (/api/province-lists).
    expect(catalogCalls(fetchMock)).toEqual(['/api/catalog/list', '/api/catalog']);
  });

  it('on a later load shows the stored copy and asks the server only for what changed', async () => {
    const { fetchMock } = await renderWithProviders(undefined, { storedCatalog: catalog });
    expect(
      await screen.findByText(`Tìm thấy ${catalog.procedures.length} thủ tục`),
    ).toBeInTheDocument();
    await waitFor(() => expect(catalogCalls(fetchMock)).toHaveLength(2));
    expect(catalogCalls(fetchMock)).toEqual(['/api/catalog/list?since=3', '/api/catalog?since=3']);
    const details = fetchMock.mock.calls.find(([url]) => String(url) === '/api/catalog?since=3');
    const headers = new Headers(details?.[1]?.headers);
    expect(headers.get('If-None-Match')).toBe('"catalog-v3"');
  });

  it('replaces the stored copy when the server has a newer version', async () => {
    const newer = makeCatalog(
      [
        ...civilStatusProcedures(),
        makeProcedure({ code: '1.009999', name: { vi: 'Thủ tục mới' } }),
      ],
      { version: 4, updatedAt: '2026-08-01T08:00:00.000Z' },
    );
    await renderWithProviders(undefined, { storedCatalog: catalog, server: newer });
    expect(
      await screen.findByText(`Tìm thấy ${newer.procedures.length} thủ tục`),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(`Dữ liệu tính đến ${viDate('2026-08-01T08:00:00.000Z')}`),
    ).toBeInTheDocument();
  });

  it('explains an offline first visit instead of showing an empty list', async () => {
    await renderWithProviders(undefined, { server: 'offline' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Chưa tải được danh mục thủ tục vì thiết bị đang không có mạng',
    );
    expect(await screen.findByText('Chưa có dữ liệu')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  });

  it('keeps the stored copy and says so when the refresh fails', async () => {
    await renderWithProviders(undefined, { storedCatalog: catalog, server: 'offline' });
    expect(
      await screen.findByText('Đang không có mạng: bạn đang xem danh mục đã lưu trên máy.'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(`Tìm thấy ${catalog.procedures.length} thủ tục`),
    ).toBeInTheDocument();
  });

  it('stores the valid procedures when a few records are malformed', async () => {
    const withBadRow = {
      ...catalog,
      procedures: [...catalog.procedures, { code: '1.014955-Xoa', name: { vi: 'Hỏng' } }],
    } as never;
    await renderWithProviders(undefined, { server: withBadRow });
    expect(
      await screen.findByText(`Tìm thấy ${catalog.procedures.length} thủ tục`),
    ).toBeInTheDocument();
    expect((await getCatalogMeta())?.version).toBe(3);
  });

  it('keeps the stored copy when the server sends something invalid', async () => {
    const broken = { ...catalog, version: 9, procedures: [{ code: 'nope' }] } as never;
    await renderWithProviders(undefined, { storedCatalog: catalog, server: broken });
    expect(
      await screen.findByText(
        'Không cập nhật được danh mục từ máy chủ; bạn đang xem bản đã lưu trên máy.',
      ),
    ).toBeInTheDocument();
    expect((await getCatalogMeta())?.version).toBe(3);
  });
});

/** The catalogue's own requests, in order (the provinces' lists have their own). */
function catalogCalls(fetchMock: { mock: { calls: unknown[][] } }): string[] {
  return fetchMock.mock.calls
    .map(([url]) => String(url))
    .filter((url) => url.startsWith('/api/catalog'));
}
