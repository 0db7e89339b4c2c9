import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../../../src/app/i18n.ts';
import { UpdatePrompt } from '../../../../src/app/pwa/UpdatePrompt.tsx';
import {
  ServiceWorkerUpdates,
  type ServiceWorkerClient,
} from '../../../../src/app/pwa/sw-updates.ts';
import type { Locale } from '../../../../src/domain/rating.ts';

/** Stands in for workbox-window: the test decides when a worker waits or takes control. */
class FakeWorkbox implements ServiceWorkerClient {
  skipWaitingMessages = 0;
  private readonly handlers = { waiting: [] as (() => void)[], controlling: [] as (() => void)[] };
  addEventListener(type: 'waiting' | 'controlling', listener: () => void): void {
    this.handlers[type].push(listener);
  }
  register = () => Promise.resolve();
  update = () => Promise.resolve();
  messageSkipWaiting(): void {
    this.skipWaitingMessages += 1;
  }
  emit(type: 'waiting' | 'controlling'): void {
    act(() => this.handlers[type].forEach((listener) => listener()));
  }
}

function setup(locale: Locale = 'vi') {
  const reload = vi.fn();
  const updates = new ServiceWorkerUpdates(reload);
  const workbox = new FakeWorkbox();
  updates.attach(workbox);
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <UpdatePrompt updates={updates} />
    </I18nextProvider>,
  );
  return { reload, updates, workbox, user: userEvent.setup() };
}

describe('<UpdatePrompt />', () => {
  it('says nothing until a new version waits, then offers it in a live region', () => {
    const { workbox } = setup();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();

    workbox.emit('waiting');

    expect(screen.getByRole('status')).toHaveTextContent('Đã có phiên bản mới của ứng dụng.');
    expect(screen.getByRole('button', { name: 'Tải lại để cập nhật' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Để sau' })).toBeVisible();
  });

  it('speaks English when English is chosen', () => {
    const { workbox } = setup('en');
    workbox.emit('waiting');
    expect(screen.getByRole('status')).toHaveTextContent('A new version of the app is available.');
    expect(screen.getByRole('button', { name: 'Reload to update' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Later' })).toBeVisible();
  });

  it('lets the waiting worker take over and reloads once it controls the page', async () => {
    const { workbox, reload, user } = setup('en');
    workbox.emit('waiting');

    await user.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(workbox.skipWaitingMessages).toBe(1);
    expect(reload).not.toHaveBeenCalled();

    workbox.emit('controlling');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('"Later" hides the banner and leaves the old version running', async () => {
    const { workbox, reload, user } = setup('en');
    workbox.emit('waiting');

    await user.click(screen.getByRole('button', { name: 'Later' }));

    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(workbox.skipWaitingMessages).toBe(0);
    expect(reload).not.toHaveBeenCalled();
  });

  it('works by keyboard', async () => {
    const { workbox, user } = setup('en');
    workbox.emit('waiting');

    await user.tab();
    expect(screen.getByRole('button', { name: 'Reload to update' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(workbox.skipWaitingMessages).toBe(1);
  });
});

describe('ServiceWorkerUpdates (the kiosk applies updates through it)', () => {
  it('applies nothing when no version waits', () => {
    const updates = new ServiceWorkerUpdates(vi.fn());
    const workbox = new FakeWorkbox();
    updates.attach(workbox);
    expect(updates.isUpdateWaiting()).toBe(false);
    expect(updates.applyUpdate()).toBe(false);
    expect(workbox.skipWaitingMessages).toBe(0);
  });

  it('does not reload the page when a worker takes control that this page did not ask for', () => {
    const reload = vi.fn();
    const updates = new ServiceWorkerUpdates(reload);
    const workbox = new FakeWorkbox();
    updates.attach(workbox);
    // The first install claims the page (clientsClaim): no reload wanted.
    workbox.emit('controlling');
    expect(reload).not.toHaveBeenCalled();
  });

  it('tells subscribers when a version starts waiting', () => {
    const updates = new ServiceWorkerUpdates(vi.fn());
    const workbox = new FakeWorkbox();
    updates.attach(workbox);
    const listener = vi.fn();
    updates.subscribe(listener);
    workbox.emit('waiting');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(updates.isUpdateWaiting()).toBe(true);
    expect(updates.applyUpdate()).toBe(true);
    expect(workbox.skipWaitingMessages).toBe(1);
  });
});
