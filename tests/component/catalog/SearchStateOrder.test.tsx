import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../../src/app/routes.tsx';
import { getSetting, SETTING_KEYS } from '../../../src/db/settings.ts';
import { civilStatusProcedures, makeCatalog } from '../support/factories.ts';
import { renderWithProviders } from '../support/render.tsx';

/**
 * Issue 20: a filter chosen and a query typed before the page re-renders (a busy phone, a fast
 * typist) must both land in the URL. Each case fires its events inside ONE act(), so every
 * handler runs against the same render, as on a loaded machine where the router's transition
 * render has not committed yet.
 */

const catalog = makeCatalog(civilStatusProcedures());
const HUE = '46';
const HANOI = '01';

/** The router's location as the app sees it (test-only probe). */
function UrlProbe() {
  const { pathname, search } = useLocation();
  return <output aria-label="Current URL">{pathname + search}</output>;
}

async function renderSearch(route = '/') {
  const view = await renderWithProviders(
    <>
      <UrlProbe />
      <AppRoutes />
    </>,
    { storedCatalog: catalog, route },
  );
  await screen.findByText(/^Tìm thấy \d+ thủ tục$/);
  return view;
}

function urlParams(): Record<string, string> {
  const url = screen.getByRole('status', { name: 'Current URL' }).textContent ?? '';
  expect(url.startsWith('/?') || url === '/').toBe(true);
  return Object.fromEntries(new URLSearchParams(url.slice(1)));
}

const level = () => screen.getByRole('combobox', { name: 'Mức độ trực tuyến' });
const gov = () => screen.getByRole('combobox', { name: 'Cấp thực hiện' });
const province = () => screen.getByRole('combobox', { name: 'Tỉnh, thành phố' });
const headerProvince = () => screen.getByRole('combobox', { name: 'Tỉnh, thành phố của bạn' });
const searchBox = () => screen.getByRole('searchbox', { name: 'Tìm thủ tục' });

type Step = 'level' | 'gov' | 'province' | 'query';
const STEPS: Record<Step, () => void> = {
  level: () => fireEvent.change(level(), { target: { value: 'full' } }),
  gov: () => fireEvent.change(gov(), { target: { value: 'commune' } }),
  province: () => fireEvent.change(province(), { target: { value: HUE } }),
  query: () => fireEvent.change(searchBox(), { target: { value: 'khai sinh' } }),
};
const EXPECTED: Record<Step, [string, string]> = {
  level: ['level', 'full'],
  gov: ['gov', 'commune'],
  province: ['province', HUE],
  query: ['q', 'khai sinh'],
};

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('search state: every change survives, in any order and timing (issue 20)', () => {
  const orders = [
    ...permutations<Step>(['level', 'province', 'query']),
    ['gov', 'query', 'level'] as Step[],
  ];
  it.each(orders.map((order) => [order.join(' → '), order] as const))(
    '%s, all before a re-render',
    async (_name, order) => {
      await renderSearch();
      act(() => order.forEach((step) => STEPS[step]()));

      const expected = Object.fromEntries(order.map((step) => EXPECTED[step]));
      expect(urlParams()).toEqual(expected);
      // The chosen province is remembered asynchronously (IndexedDB); its arrival changes nothing.
      if (order.includes('province')) {
        await waitFor(async () => expect(await getSetting(SETTING_KEYS.province)).toBe(HUE));
      }
      expect(urlParams()).toEqual(expected);
      expect(searchBox()).toHaveValue(expected.q ?? '');
      expect(level()).toHaveValue(expected.level ?? '');
      expect(province()).toHaveValue(expected.province ?? 'all');
    },
  );

  it('a quick second query keystroke keeps the filter chosen just before', async () => {
    await renderSearch();
    act(() => {
      STEPS.province();
      fireEvent.change(searchBox(), { target: { value: 'k' } });
      fireEvent.change(searchBox(), { target: { value: 'kh' } });
    });
    expect(urlParams()).toEqual({ province: HUE, q: 'kh' });
  });

  it('opening a result, then a late keystroke: the user stays on the procedure', async () => {
    await renderSearch('/?q=khai');
    act(() => {
      fireEvent.click(screen.getByRole('link', { name: 'Thủ tục đăng ký khai sinh' }));
      fireEvent.change(searchBox(), { target: { value: 'khai s' } });
    });
    expect(screen.getByRole('status', { name: 'Current URL' })).toHaveTextContent(
      /^\/procedures\/1\.001193$/,
    );
  });

  it('an outside change of the URL (the header home link) still resets the search box', async () => {
    const { user } = await renderSearch('/?q=khai+sinh&level=full');
    expect(searchBox()).toHaveValue('khai sinh');
    await user.click(screen.getByRole('link', { name: 'DVC — Dịch vụ công' }));
    await waitFor(() => expect(searchBox()).toHaveValue(''));
    expect(urlParams()).toEqual({});
    await user.type(searchBox(), 'ket');
    expect(urlParams()).toEqual({ q: 'ket' });
  });

  it('header province, then a query, when the URL names a province', async () => {
    await renderSearch(`/?province=${HANOI}&level=full`);
    act(() => {
      fireEvent.change(headerProvince(), { target: { value: HUE } });
      STEPS.query();
    });
    expect(urlParams()).toEqual({ province: HUE, level: 'full', q: 'khai sinh' });
    await waitFor(() => expect(headerProvince()).toHaveValue(HUE));
    expect(province()).toHaveValue(HUE);
    expect(urlParams()).toEqual({ province: HUE, level: 'full', q: 'khai sinh' });
  });

  it('a query, then the header province, when the URL names a province', async () => {
    await renderSearch(`/?province=${HANOI}`);
    act(() => {
      STEPS.query();
      fireEvent.change(headerProvince(), { target: { value: HUE } });
    });
    expect(urlParams()).toEqual({ province: HUE, q: 'khai sinh' });
  });

  it('the filter province, then the header province: the header, chosen last, wins', async () => {
    await renderSearch('/');
    act(() => {
      STEPS.province();
      fireEvent.change(headerProvince(), { target: { value: HANOI } });
      STEPS.level();
    });
    expect(urlParams()).toEqual({ province: HANOI, level: 'full' });
    await waitFor(() => expect(headerProvince()).toHaveValue(HANOI));
    expect(province()).toHaveValue(HANOI);
    expect(await getSetting(SETTING_KEYS.province)).toBe(HANOI);
  });

  it('header province (remembered, not in the URL), then a filter and a query', async () => {
    await renderSearch('/');
    act(() => {
      fireEvent.change(headerProvince(), { target: { value: HUE } });
      STEPS.level();
      STEPS.query();
    });
    // The URL does not name a province: the remembered one applies once it is stored.
    expect(urlParams()).toEqual({ level: 'full', q: 'khai sinh' });
    await waitFor(() => expect(province()).toHaveValue(HUE));
    expect(urlParams()).toEqual({ level: 'full', q: 'khai sinh' });
  });

  it('header province, then "clear all filters" before it is stored: the clear wins', async () => {
    await renderSearch('/?level=full&q=khai+sinh');
    act(() => {
      fireEvent.change(headerProvince(), { target: { value: HUE } });
      fireEvent.click(screen.getByRole('button', { name: 'Bỏ tất cả bộ lọc' }));
    });
    await waitFor(async () => expect(await getSetting(SETTING_KEYS.province)).toBe(HUE));
    await waitFor(() => expect(headerProvince()).toHaveValue(HUE));
    // The whole country, as asked last; the query is kept.
    expect(province()).toHaveValue('all');
    expect(level()).toHaveValue('');
    expect(urlParams()).toEqual({ q: 'khai sinh', province: 'all' });
  });
});
