import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getKioskPairing } from '../../../src/db/kiosk.ts';
import { makeKiosk, renderKiosk } from './support.tsx';

function answer(status: number, body: unknown) {
  return vi.fn<typeof fetch>(
    async () =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
  );
}

async function fillPins(pin: string, again = pin) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Mã PIN của cán bộ'), pin);
  await user.type(screen.getByLabelText('Nhập lại mã PIN'), again);
  await user.click(screen.getByRole('button', { name: 'Ghép nối' }));
}

describe('kiosk pairing', () => {
  it('tells an unpaired device how to become a kiosk', async () => {
    await renderKiosk({ paired: false });
    expect(
      await screen.findByRole('heading', { name: 'Máy này chưa được ghép nối' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ghép nối máy' })).toHaveAttribute(
      'href',
      '/kiosk/pair',
    );
  });

  it('pairs with the code from the link and a PIN, then shows the kiosk', async () => {
    await renderKiosk({ paired: false, route: '/kiosk/pair?code=ABCD2345' });
    expect(await screen.findByLabelText('Mã ghép nối')).toHaveValue('ABCD2345');
    const fetchMock = answer(200, { token: 'k'.repeat(43), kiosk: makeKiosk() });
    vi.stubGlobal('fetch', fetchMock);
    await fillPins('2468');
    expect(await screen.findByRole('button', { name: /^rất hài lòng$/i })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/kiosks/pair',
      expect.objectContaining({ body: JSON.stringify({ code: 'ABCD2345' }) }),
    );
    expect((await getKioskPairing())?.token).toBe('k'.repeat(43));
  });

  it('says why a used code does not pair, and keeps what was typed', async () => {
    await renderKiosk({ paired: false, route: '/kiosk/pair?code=ABCD2345' });
    await screen.findByLabelText('Mã ghép nối');
    vi.stubGlobal('fetch', answer(410, { error: { code: 'pairing_code_used', message: 'used' } }));
    await fillPins('2468');
    expect(await screen.findByRole('alert')).toHaveTextContent('Mã ghép nối này đã được dùng');
    expect(screen.getByLabelText('Mã ghép nối')).toHaveValue('ABCD2345');
    expect(await getKioskPairing()).toBeUndefined();
  });

  it('checks the PIN before asking the server', async () => {
    await renderKiosk({ paired: false, route: '/kiosk/pair?code=ABCD2345' });
    await screen.findByLabelText('Mã ghép nối');
    const fetchMock = answer(200, {});
    vi.stubGlobal('fetch', fetchMock);
    await fillPins('2468', '2469');
    expect(await screen.findByRole('alert')).toHaveTextContent('Hai mã PIN không giống nhau');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
