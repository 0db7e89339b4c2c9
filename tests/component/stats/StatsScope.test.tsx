import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../../src/app/AppProviders.tsx';
import { createI18n } from '../../../src/app/i18n.ts';
import { AppRoutes } from '../../../src/app/routes.tsx';
import { setSetting, SETTING_KEYS } from '../../../src/db/settings.ts';
import type { Locale } from '../../../src/domain/rating.ts';
import { freshDatabase } from '../support/render.tsx';
import { statsServer } from './stats-fixtures.ts';

/**
 * Issue 18, item 1: the figures say what they are. The headline, every section and the tab
 * title name the filters in force; one wording per state; a CSV and a JSON link per section.
 */

afterEach(() => vi.unstubAllGlobals());

function renderStats(route: string, language: Locale = 'en', requests: string[] = []) {
  freshDatabase();
  vi.stubGlobal('fetch', vi.fn(statsServer(requests)));
  localStorage.clear();
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={[route]}>
      <AppProviders i18n={createI18n(language)}>
        <AppRoutes />
      </AppProviders>
    </MemoryRouter>,
  );
  return { user };
}

const SECTIONS = ['By month', 'By province or city', 'By channel', 'By field', 'By procedure'];

describe('dashboard: the figures say what they are (issue 18)', () => {
  it('with province = Ho Chi Minh City and channel = kiosk, the headline, sections and title say so', async () => {
    renderStats('/stats?province=79&channel=kiosk');
    const scope = 'Ho Chi Minh City · Kiosk at a one-stop office';
    const headline = await screen.findByRole('region', { name: scope });
    expect(screen.queryByRole('region', { name: 'Whole country' })).not.toBeInTheDocument();
    expect(headline).toHaveTextContent('From 1 Jan 2025 to 31 Mar 2025');
    for (const name of SECTIONS) {
      expect(screen.getByRole('region', { name })).toHaveTextContent(scope);
    }
    await vi.waitFor(() => expect(document.title).toContain(`Citizen satisfaction: ${scope}`));
  });

  it('a procedure filter is sent to the server and named, with its name, in the headline', async () => {
    const requests: string[] = [];
    renderStats('/stats?procedure=1.001193', 'vi', requests);
    await screen.findByRole('region', {
      name: 'Cả nước · Thủ tục đăng ký khai sinh (1.001193)',
    });
    expect(requests).toContain('/api/stats?procedure=1.001193&by=month');
    expect(screen.getByLabelText('Mã thủ tục')).toHaveValue('1.001193');
  });

  it('words each state one way in bars and tables: no ratings, too few, a rate', async () => {
    renderStats('/stats');
    const channels = await screen.findByRole('region', { name: 'By channel' });
    const table = within(channels).getByRole('table', { name: 'By channel' });
    const cells = (name: string) =>
      within(within(table).getByRole('row', { name: new RegExp(name) }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    // In person: 0 ratings. The same words under the bar as in the table.
    expect(cells('In person')[0]).toBe('No ratings yet');
    const bars = within(channels).getByRole('img', { name: /Bar chart/ });
    expect(bars).toHaveTextContent('No ratings yet');
    expect(bars).toHaveAccessibleName(/the dashed line is the 90% target/);

    const provinces = screen.getByRole('region', { name: 'By province or city' });
    const barsText = within(provinces).getByRole('img').textContent ?? '';
    // Ho Chi Minh City: 4 ratings, too few; the same words in its bar and its row.
    expect(barsText).toMatch(/Ho Chi Minh CityNot yet meaningful/);
    const hcmc = within(within(provinces).getByRole('table')).getByRole('row', {
      name: /^Ho Chi Minh City/,
    });
    expect(within(hcmc).getAllByRole('cell')[0]).toHaveTextContent('Not yet meaningful');
    expect(barsText).toMatch(/Hanoi80%/);
  });

  it('gives every section, the month line included, a CSV and a JSON link of exactly its view', async () => {
    renderStats('/stats?province=79&channel=kiosk');
    await screen.findByRole('region', { name: /^Ho Chi Minh City/ });
    for (const [name, by] of [
      ['By month', 'month'],
      ['By province or city', 'province'],
      ['By channel', 'channel'],
      ['By field', 'field'],
      ['By procedure', 'procedure'],
    ] as const) {
      const section = screen.getByRole('region', { name });
      const query = `channel=kiosk&province=79&by=${by}`;
      expect(within(section).getByRole('link', { name: /Download CSV/ })).toHaveAttribute(
        'href',
        `/api/stats.csv?${query}`,
      );
      expect(within(section).getByRole('link', { name: /JSON data/ })).toHaveAttribute(
        'href',
        `/api/stats?${query}`,
      );
    }
    const headline = screen.getByRole('region', { name: /^Ho Chi Minh City/ });
    expect(within(headline).getByRole('link', { name: /Download CSV/ })).toHaveAttribute(
      'href',
      '/api/stats.csv?channel=kiosk&province=79&by=month',
    );
  });

  it('says so when the header’s province is not the one shown, and offers it in one step', async () => {
    const { user } = renderStats('/stats');
    await setSetting(SETTING_KEYS.province, '79');
    const note = await screen.findByText(/At the top of the page you chose Ho Chi Minh City/);
    expect(note).toHaveTextContent('the figures below are for Whole country');
    await user.click(screen.getByRole('link', { name: 'Show the figures for Ho Chi Minh City' }));
    await screen.findByRole('region', { name: 'Ho Chi Minh City' });
    expect(screen.queryByText(/At the top of the page you chose/)).not.toBeInTheDocument();
  });
});
