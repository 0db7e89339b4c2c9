import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getSetting, SETTING_KEYS } from '../../../src/db/settings.ts';
import { civilStatusProcedures, makeCatalog } from '../support/factories.ts';
import { renderWithProviders } from '../support/render.tsx';

const catalog = makeCatalog(civilStatusProcedures());

describe('language switch', () => {
  it('starts in Vietnamese', async () => {
    await renderWithProviders(undefined, { storedCatalog: catalog });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tra cứu thủ tục hành chính' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('vi');
  });

  it('switches to English: headings change and <html lang> follows', async () => {
    const { user } = await renderWithProviders(undefined, { storedCatalog: catalog });
    await user.click(await screen.findByRole('button', { name: 'English' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Find an administrative procedure' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search procedures' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('button', { name: 'Tiếng Việt' })).toBeInTheDocument();
  });

  it('remembers the choice after the app starts again', async () => {
    const first = await renderWithProviders(undefined, { storedCatalog: catalog });
    await first.user.click(await screen.findByRole('button', { name: 'English' }));
    await waitFor(async () => expect(await getSetting(SETTING_KEYS.locale)).toBe('en'));
    first.unmount();

    await renderWithProviders(undefined, { db: first.db, keepLocalStorage: true });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Find an administrative procedure' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('remembers the choice even when the browser cleared localStorage', async () => {
    const first = await renderWithProviders(undefined, { storedCatalog: catalog });
    await first.user.click(await screen.findByRole('button', { name: 'English' }));
    await waitFor(async () => expect(await getSetting(SETTING_KEYS.locale)).toBe('en'));
    first.unmount();

    await renderWithProviders(undefined, { db: first.db });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Find an administrative procedure' }),
    ).toBeInTheDocument();
  });
});
