import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../../src/app/AppProviders.tsx';
import { createI18n } from '../../../src/app/i18n.ts';
import { AppRoutes } from '../../../src/app/routes.tsx';
import type { DvcDatabase } from '../../../src/db/database.ts';
import type { Locale } from '../../../src/domain/rating.ts';
import { freshDatabase } from '../support/render.tsx';
import { offlineFetch } from '../support/catalog-server.ts';
import { statsServer } from './stats-fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

function renderStats(options: {
  fetch: typeof fetch;
  db?: DvcDatabase;
  route?: string;
  language?: Locale;
}) {
  const db = options.db ?? freshDatabase();
  vi.stubGlobal('fetch', vi.fn(options.fetch));
  localStorage.clear();
  const user = userEvent.setup();
  const view = render(
    <MemoryRouter initialEntries={[options.route ?? '/stats']}>
      <AppProviders i18n={createI18n(options.language ?? 'en')}>
        <AppRoutes />
      </AppProviders>
    </MemoryRouter>,
  );
  return { ...view, db, user };
}

describe('Satisfaction dashboard', () => {
  it('shows the national rate against the 90% target with the count at each level', async () => {
    renderStats({ fetch: statsServer() });
    const national = await screen.findByRole('region', { name: 'Whole country' });
    // 27 of 34 satisfied = 79.4%.
    expect(within(national).getByText('79.4%')).toBeInTheDocument();
    const target = within(national).getByText(/at least 90% of citizens and businesses/);
    // The target's year and source, how the period stands to it, and the comparison.
    expect(target).toHaveTextContent(
      'Target: at least 90% of citizens and businesses satisfied in 2025 (Decision 942/QĐ-TTg). ' +
        'The period shown lies within 2025. Against the 90% yardstick: not met.',
    );
    expect(within(national).getByText('12').parentElement).toHaveTextContent('12 Very satisfied');
    expect(within(national).getByText('15').parentElement).toHaveTextContent('15 Satisfied');
    expect(within(national).getByText('7').parentElement).toHaveTextContent('7 Dissatisfied');
  });

  it('gives the catalogue share over the procedures whose level is known, with both counts and no target', async () => {
    renderStats({ fetch: statsServer(), language: 'vi' });
    const overall = await screen.findByText(/thủ tục đã rõ mức độ/);
    expect(overall).toHaveTextContent(
      'Cả nước: 25% thủ tục được cung cấp trực tuyến toàn trình (1 / 4 thủ tục đã rõ mức độ). ' +
        '2 trong tổng số 6 thủ tục chưa rõ mức độ trực tuyến nên không được tính.',
    );
    expect(overall).not.toHaveTextContent(/mục tiêu|942/i);
  });

  it('gives each chart a table, and marks groups under 10 ratings as not yet meaningful', async () => {
    renderStats({ fetch: statsServer() });
    const table = await screen.findByRole('table', { name: 'By province or city' });
    const hanoi = within(table).getByRole('row', { name: /Hanoi/ });
    expect(
      within(hanoi)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['80%', '30', '10', '14', '6']);
    const hcmc = within(table).getByRole('row', { name: /Ho Chi Minh City/ });
    expect(within(hcmc).getAllByRole('cell')[0]).toHaveTextContent('Not yet meaningful');
    expect(hcmc).not.toHaveTextContent('%');
    expect(
      screen.getByRole('img', { name: /Bar chart: satisfaction rate, By province/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Line chart/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'By month' })).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: /Full-process online procedures/ }),
    ).toBeInTheDocument();
  });

  it('keeps the filters in the URL and asks the server for that view', async () => {
    const requests: string[] = [];
    const { user } = renderStats({ fetch: statsServer(requests), route: '/stats?province=79' });
    await screen.findByRole('region', { name: 'Ho Chi Minh City' });
    expect(requests).toContain('/api/stats?province=79&by=province');
    expect(screen.getByLabelText('Province or city')).toHaveValue('79');
    await user.selectOptions(screen.getByLabelText('Channel'), 'kiosk');
    await user.click(screen.getByRole('button', { name: 'Show figures' }));
    await vi.waitFor(() =>
      expect(requests).toContain('/api/stats?channel=kiosk&province=79&by=month'),
    );
  });

  it('names a date out of the span in a translated message, and keeps what was typed', async () => {
    const { user } = renderStats({ fetch: statsServer() });
    await screen.findByRole('region', { name: 'Whole country' });
    const from = screen.getByLabelText('From');
    fireEvent.change(from, { target: { value: '1999-12-31' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2001-01-31' } });
    await user.click(screen.getByRole('button', { name: 'Show figures' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('These filters cannot be shown');
    expect(alert).toHaveTextContent(
      'From: the figures start on 1 Jan 2000. Choose that day or a later one.',
    );
    expect(screen.queryByText(/Cannot reach the server/)).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Whole country' })).not.toBeInTheDocument();
    // The field keeps the user's input, marked invalid, with the reason read along with it.
    const kept = screen.getByLabelText('From');
    expect(kept).toHaveValue('1999-12-31');
    expect(kept).toHaveAttribute('aria-invalid', 'true');
    expect(kept).toHaveAccessibleDescription(/the figures start on 1 Jan 2000/);
    expect(screen.getByLabelText('To')).toHaveValue('2001-01-31');
    expect(screen.getByLabelText('To')).not.toHaveAttribute('aria-invalid');
  });

  it('says in Vietnamese which field is wrong: a period too long, a day not in the calendar', async () => {
    const tooLong = renderStats({
      fetch: statsServer(),
      language: 'vi',
      route: '/stats?from=2005-01-01&to=2025-02-28',
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Từ ngày: một khoảng thời gian dài tối đa 120 tháng (10 năm).',
    );
    expect(screen.getByLabelText('Từ ngày')).toHaveValue('2005-01-01');
    tooLong.unmount();

    renderStats({ fetch: statsServer(), language: 'vi', route: '/stats?to=2025-02-30' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Đến ngày: ngày này không có trên lịch.',
    );
  });

  it('offline, shows the figures it saved last time, with their date', async () => {
    const first = renderStats({ fetch: statsServer() });
    await screen.findByText(/Figures fetched/);
    first.unmount();

    renderStats({ fetch: offlineFetch, db: first.db });
    expect(
      await screen.findByText(/Cannot reach the server\. Showing the figures saved/),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Whole country' })).toHaveTextContent('79.4%');
  });

  it('offline with nothing saved, says so instead of showing zeros', async () => {
    renderStats({ fetch: offlineFetch });
    expect(await screen.findByText(/no saved figures for these filters/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('speaks Vietnamese by default, with Vietnamese number formats', async () => {
    renderStats({ fetch: statsServer(), language: 'vi' });
    const national = await screen.findByRole('region', { name: 'Cả nước' });
    expect(within(national).getByText('79,4%')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Theo tỉnh, thành phố' })).toHaveTextContent(
      'Chưa đủ số liệu',
    );
  });
});
