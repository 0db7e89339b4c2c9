import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { lazyPage } from '../../../src/app/lazy-page.tsx';
import { renderWithProviders } from '../support/render.tsx';

/** A screen whose chunk arrives when the test says so. */
function deferredScreen(text: string) {
  let arrive: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  const Page = lazyPage(async () => {
    await arrived;
    return function Screen() {
      return <h1>{text}</h1>;
    };
  });
  return { Page, arrive };
}

describe('screens split into their own chunk', () => {
  it('says it is loading, politely and in Vietnamese, until the screen arrives', async () => {
    const { Page, arrive } = deferredScreen('Màn hình đã tải');
    await renderWithProviders(<Page />);
    expect(await screen.findByRole('status')).toHaveTextContent('Đang tải…');
    expect(screen.queryByRole('heading')).toBeNull();

    await act(async () => arrive());
    expect(await screen.findByRole('heading', { name: 'Màn hình đã tải' })).toBeVisible();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says it in English when the app is in English', async () => {
    const { Page } = deferredScreen('Loaded');
    await renderWithProviders(<Page />, { language: 'en' });
    expect(await screen.findByRole('status')).toHaveTextContent('Loading…');
  });

  it('renders at once, with no loading state, once preloaded', async () => {
    const { Page, arrive } = deferredScreen('Đã tải sẵn');
    arrive();
    await Page.preload();
    await renderWithProviders(<Page />);
    expect(screen.getByRole('heading', { name: 'Đã tải sẵn' })).toBeVisible();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('tries the chunk again on the next visit after a failed load (offline before precache)', async () => {
    let attempts = 0;
    const Page = lazyPage(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('offline');
      return function Screen() {
        return <h1>Lần hai</h1>;
      };
    });
    await expect(Page.preload()).rejects.toThrow('offline');
    await Page.preload();
    await renderWithProviders(<Page />);
    expect(screen.getByRole('heading', { name: 'Lần hai' })).toBeVisible();
    expect(attempts).toBe(2);
  });
});
