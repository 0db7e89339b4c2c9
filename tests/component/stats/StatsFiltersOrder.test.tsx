import { act, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../../src/app/AppProviders.tsx';
import { createI18n } from '../../../src/app/i18n.ts';
import { AppRoutes, preloadPages } from '../../../src/app/routes.tsx';
import { freshDatabase } from '../support/render.tsx';
import { statsServer } from './stats-fixtures.ts';

/**
 * Issue 20 on the dashboard: filters applied in quick succession (before the page re-renders)
 * end in the URL in the order they were applied, and a late one never pulls the user back to
 * the dashboard after they left it. Events fire inside one act(), against the same render.
 */

afterEach(() => vi.unstubAllGlobals());

function UrlProbe() {
  const { pathname, search } = useLocation();
  return <output aria-label="Current URL">{pathname + search}</output>;
}

const currentUrl = () => screen.getByRole('status', { name: 'Current URL' }).textContent;

async function renderStats(route = '/stats') {
  freshDatabase();
  vi.stubGlobal('fetch', vi.fn(statsServer()));
  localStorage.clear();
  await preloadPages();
  render(
    <MemoryRouter initialEntries={[route]}>
      <AppProviders i18n={createI18n('en')}>
        <UrlProbe />
        <AppRoutes />
      </AppProviders>
    </MemoryRouter>,
  );
  // The headline names the place shown: the whole country, or the province filtered on.
  await screen.findByRole('region', { name: /^(Whole country|Ho Chi Minh City)/ });
}

const choose = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

describe('dashboard filters: applied in order, whatever the timing (issue 20)', () => {
  it('two filters applied one after the other before a re-render: both kept', async () => {
    await renderStats();
    act(() => {
      choose('Channel', 'kiosk');
      click('Show figures');
      choose('Province or city', '79');
      click('Show figures');
    });
    expect(currentUrl()).toBe('/stats?channel=kiosk&province=79');
    expect(screen.getByLabelText('Channel')).toHaveValue('kiosk');
    expect(screen.getByLabelText('Province or city')).toHaveValue('79');
  });

  it('a filter applied, then "clear filters" before a re-render: cleared', async () => {
    await renderStats('/stats?province=79');
    act(() => {
      choose('Channel', 'kiosk');
      click('Show figures');
      click('Clear filters');
    });
    expect(currentUrl()).toBe('/stats');
    expect(screen.getByLabelText('Province or city')).toHaveValue('');
  });

  it('a late "show figures" after leaving the dashboard does not pull the user back', async () => {
    await renderStats();
    act(() => {
      fireEvent.click(screen.getByRole('link', { name: 'Rate a service' }));
      choose('Channel', 'kiosk');
      click('Show figures');
    });
    expect(currentUrl()).toBe('/rate');
  });
});
