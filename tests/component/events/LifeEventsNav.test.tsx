import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { civilStatusProcedures, makeCatalog } from '../support/factories.ts';
import { renderWithProviders } from '../support/render.tsx';

const catalog = makeCatalog(civilStatusProcedures());

// Whole-app renders over fake-indexeddb: several seconds each on a loaded 2-core machine.
describe('life events on the home screen', { timeout: 30_000 }, () => {
  it('offers every event under "Việc cần làm khi…" and opens one at its own address', async () => {
    const { user } = await renderWithProviders(undefined, { storedCatalog: catalog });
    const nav = await screen.findByRole('navigation', { name: 'Việc cần làm khi…' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'sinh con',
      'có người thân mất',
      'kết hôn',
      'chuyển nhà',
      'xây hoặc sửa nhà',
      'mua, bán hoặc thừa kế đất',
      'mở cửa hàng, quán hoặc công ty',
      'mất căn cước, hộ chiếu hoặc bằng lái xe',
    ]);
    await user.click(within(nav).getByRole('link', { name: 'có người thân mất' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Khi gia đình có người mất' }),
    ).toBeInTheDocument();
  });

  it('reads "When you…" in English', async () => {
    await renderWithProviders(undefined, { storedCatalog: catalog, language: 'en' });
    const nav = await screen.findByRole('navigation', { name: 'When you…' });
    expect(within(nav).getByRole('link', { name: 'have a baby' })).toHaveAttribute(
      'href',
      '/events/having-a-baby',
    );
  });

  it.each([
    ['sinh con', 'sinh con'],
    ['có em bé', 'sinh con'],
    ['người thân mất', 'có người thân mất'],
    ['làm nhà', 'xây hoặc sửa nhà'],
    ['mở quán', 'mở cửa hàng, quán hoặc công ty'],
  ])('a search for "%s" shows its event before the procedures', async (query, title) => {
    await renderWithProviders(undefined, {
      storedCatalog: catalog,
      route: `/?q=${encodeURIComponent(query)}`,
    });
    const nav = await screen.findByRole('navigation', { name: 'Việc cần làm khi…' });
    const [first] = within(nav).getAllByRole('link');
    expect(first).toHaveTextContent(title);
    // Before the procedures in reading order.
    const results = screen.queryByRole('list', { name: 'Kết quả tìm kiếm' });
    if (results) {
      expect(nav.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it('shows no event for a query that names none', async () => {
    await renderWithProviders(undefined, { storedCatalog: catalog, route: '/?q=ly+lich+tu+phap' });
    await screen.findByRole('searchbox');
    expect(screen.queryByRole('navigation', { name: 'Việc cần làm khi…' })).toBeNull();
  });
});
