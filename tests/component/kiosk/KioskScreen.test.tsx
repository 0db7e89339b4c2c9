import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../src/db/database.ts';
import { KIOSK_UNSPECIFIED_PROCEDURE } from '../../../src/domain/kiosk.ts';
import { KIOSK_TIMING } from '../../../src/features/kiosk/kiosk-timing.ts';
import { makeKiosk, renderKiosk, STAFF_PIN } from './support.tsx';

/** Lets fake time pass, then lets IndexedDB (real macrotasks) and React settle. */
async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
    for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
  });
}

/** Renders the kiosk with real timers until it shows its start screen, then fakes time. */
async function openKiosk(...args: Parameters<typeof renderKiosk>) {
  const rendered = await renderKiosk(...args);
  await screen.findByRole('button', { name: /^rất hài lòng$/i });
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  return rendered;
}

const outboxItems = () => getDatabase().outbox.toArray();
const tap = (name: RegExp | string) => fireEvent.click(screen.getByRole('button', { name }));

describe('kiosk screen', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('records the overall rating with one tap, on channel kiosk, in the office province', async () => {
    await openKiosk();
    expect(
      screen.getByRole('heading', { name: /có hài lòng với việc giải quyết/i }),
    ).toBeInTheDocument();
    tap(/^rất hài lòng$/i);
    await advance(0);
    expect(screen.getByText('Đánh giá của Ông/Bà đã được ghi nhận.')).toBeInTheDocument();
    const items = await outboxItems();
    expect(items).toHaveLength(1);
    expect(items[0]?.rating).toMatchObject({
      overall: 'very_satisfied',
      channel: 'kiosk',
      province: '79',
      procedureCode: KIOSK_UNSPECIFIED_PROCEDURE,
      locale: 'vi',
    });
    // Held back while the follow-up may still add to it.
    expect(items[0]?.nextAttemptAt).toBeGreaterThan(Date.now());
  });

  it('adds the follow-up answers to the same rating, never a second one', async () => {
    await openKiosk({ kiosk: makeKiosk({ procedures: ['1.001193', '1.001022'] }) });
    tap(/^hài lòng$/i);
    await advance(KIOSK_TIMING.repeatPressWindow);
    tap('1.001022');
    const attitude = screen.getByRole('group', { name: 'Thái độ của cán bộ' });
    fireEvent.click(
      Array.from(attitude.querySelectorAll('button')).find((b) => b.textContent?.includes('Rất'))!,
    );
    tap('Gửi');
    await advance(0);
    expect(screen.getByRole('heading', { name: 'Xin cảm ơn Ông/Bà!' })).toBeInTheDocument();
    const items = await outboxItems();
    expect(items).toHaveLength(1);
    expect(items[0]?.rating).toMatchObject({
      overall: 'satisfied',
      procedureCode: '1.001022',
      criteria: { staff_attitude: 'very_satisfied' },
    });
    expect(items[0]?.nextAttemptAt).toBeLessThanOrEqual(Date.now());
  });

  it('resets for the next person after the thank-you screen, applying a waiting update then', async () => {
    const { applyPendingUpdate, requestSync } = await openKiosk();
    tap(/^không hài lòng$/i);
    await advance(KIOSK_TIMING.repeatPressWindow);
    expect(applyPendingUpdate).not.toHaveBeenCalled();
    tap('Bỏ qua');
    await advance(0);
    expect(screen.getByRole('heading', { name: 'Xin cảm ơn Ông/Bà!' })).toBeInTheDocument();
    expect(applyPendingUpdate).not.toHaveBeenCalled();
    await advance(KIOSK_TIMING.thanksDuration - 100);
    expect(screen.getByRole('heading', { name: 'Xin cảm ơn Ông/Bà!' })).toBeInTheDocument();
    await advance(100);
    expect(screen.getByRole('button', { name: /^rất hài lòng$/i })).toBeInTheDocument();
    expect(applyPendingUpdate).toHaveBeenCalledTimes(1);
    expect(requestSync).toHaveBeenCalled();
    expect(await outboxItems()).toHaveLength(1);
  });

  it('closes the follow-up by itself after its timeout, keeping the rating', async () => {
    await openKiosk();
    tap(/^hài lòng$/i);
    await advance(KIOSK_TIMING.followUpTimeout - 1000);
    expect(screen.getByText('Đánh giá của Ông/Bà đã được ghi nhận.')).toBeInTheDocument();
    await advance(1000);
    expect(screen.getByRole('heading', { name: 'Xin cảm ơn Ông/Bà!' })).toBeInTheDocument();
    await advance(KIOSK_TIMING.thanksDuration);
    expect(screen.getByRole('button', { name: /^hài lòng$/i })).toBeInTheDocument();
    const items = await outboxItems();
    expect(items).toHaveLength(1);
    expect(items[0]?.nextAttemptAt).toBeLessThanOrEqual(Date.now());
  });

  it('keeps what was answered when the follow-up times out', async () => {
    await openKiosk();
    tap(/^hài lòng$/i);
    await advance(KIOSK_TIMING.repeatPressWindow);
    const onTime = screen.getByRole('group', { name: 'Trả kết quả đúng hẹn' });
    fireEvent.click(
      Array.from(onTime.querySelectorAll('button')).find(
        (b) => b.textContent === 'Không hài lòng',
      )!,
    );
    await advance(KIOSK_TIMING.followUpTimeout);
    expect(screen.getByRole('heading', { name: 'Xin cảm ơn Ông/Bà!' })).toBeInTheDocument();
    const items = await outboxItems();
    expect(items).toHaveLength(1);
    expect(items[0]?.rating.criteria).toEqual({ on_time: 'dissatisfied' });
  });

  it('goes back to the start in Vietnamese after 60 s without a touch, from anywhere', async () => {
    await openKiosk();
    tap('English');
    await advance(0);
    expect(screen.getByRole('heading', { name: /are you satisfied/i })).toBeInTheDocument();
    fireEvent.keyDown(screen.getByRole('button', { name: /for staff/i }), { key: 'Enter' });
    await advance(0);
    expect(screen.getByLabelText('PIN')).toBeInTheDocument();
    await advance(KIOSK_TIMING.idleTimeout - 1000);
    fireEvent.pointerDown(screen.getByLabelText('PIN'));
    await advance(KIOSK_TIMING.idleTimeout - 1000);
    expect(screen.getByLabelText('PIN')).toBeInTheDocument();
    await advance(1000);
    expect(
      screen.getByRole('heading', { name: /có hài lòng với việc giải quyết/i }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('vi');
    expect(screen.queryByLabelText('PIN')).not.toBeInTheDocument();
  });

  it('ignores repeated presses right after a tap and counts them for staff', async () => {
    await openKiosk({ kiosk: makeKiosk({ procedures: ['1.001193', '1.001022'] }) });
    tap(/^rất hài lòng$/i);
    // The same finger again, landing on the follow-up that replaced the start screen.
    tap('1.001193');
    tap('Gửi');
    await advance(0);
    expect(screen.getByText('Đánh giá của Ông/Bà đã được ghi nhận.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '1.001193' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(await outboxItems()).toHaveLength(1);

    await advance(KIOSK_TIMING.repeatPressWindow);
    tap('1.001193');
    expect(screen.getByRole('button', { name: '1.001193' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    // Staff see the two ignored presses (real time again: the panel's live queries need it).
    vi.useRealTimers();
    fireEvent.keyDown(screen.getByRole('button', { name: /dành cho cán bộ/i }), { key: 'Enter' });
    fireEvent.change(screen.getByLabelText('Mã PIN'), { target: { value: STAFF_PIN } });
    tap('Mở');
    const filtered = await screen.findByText('Lần chạm lặp lại đã bỏ qua');
    await waitFor(() => expect(filtered.nextElementSibling).toHaveTextContent('2'));
    await waitFor(() =>
      expect(screen.getByText('Đánh giá đang chờ gửi').nextElementSibling).toHaveTextContent('1'),
    );
  });

  it('opens the staff panel only after a long press and the right PIN', async () => {
    await openKiosk();
    const corner = screen.getByRole('button', { name: /dành cho cán bộ/i });
    fireEvent.pointerDown(corner);
    await advance(KIOSK_TIMING.staffLongPress - 500);
    fireEvent.pointerUp(corner);
    fireEvent.click(corner, { detail: 1 });
    await advance(1000);
    expect(screen.queryByLabelText('Mã PIN')).not.toBeInTheDocument();
    fireEvent.pointerDown(corner);
    await advance(KIOSK_TIMING.staffLongPress);
    expect(screen.getByLabelText('Mã PIN')).toBeInTheDocument();
    vi.useRealTimers();
    fireEvent.change(screen.getByLabelText('Mã PIN'), { target: { value: '0000' } });
    tap('Mở');
    expect(await screen.findByRole('alert')).toHaveTextContent('Mã PIN không đúng');
    fireEvent.change(screen.getByLabelText('Mã PIN'), { target: { value: STAFF_PIN } });
    tap('Mở');
    expect(
      await screen.findByRole('heading', { name: 'Bảng điều khiển của cán bộ' }),
    ).toBeInTheDocument();
  });
});
