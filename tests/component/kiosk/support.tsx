import { Route, Routes } from 'react-router';
import { vi } from 'vitest';
import { savePairing } from '../../../src/db/kiosk.ts';
import type { Kiosk } from '../../../src/domain/kiosk.ts';
import { KioskApp } from '../../../src/features/kiosk/KioskApp.tsx';
import { freshDatabase, renderWithProviders } from '../support/render.tsx';

export const STAFF_PIN = '2468';

export function makeKiosk(overrides: Partial<Kiosk> = {}): Kiosk {
  return {
    id: 'kiosk-1',
    name: 'Bộ phận Một cửa UBND phường Bến Thành',
    province: '79',
    agency: 'UBND phường Bến Thành',
    procedures: [],
    allowComments: false,
    ...overrides,
  };
}

/**
 * The kiosk at /kiosk on a paired device (unless `paired` is false), with spies for what the
 * app wires in. Timers are fake (setTimeout and Date only: IndexedDB keeps its own scheduling).
 */
export async function renderKiosk(
  options: { kiosk?: Kiosk; paired?: boolean; route?: string; language?: 'vi' | 'en' } = {},
) {
  const db = freshDatabase();
  if (options.paired !== false) {
    await savePairing('kiosk-token-' + 'x'.repeat(40), options.kiosk ?? makeKiosk(), STAFF_PIN);
  }
  const requestSync = vi.fn();
  const applyPendingUpdate = vi.fn();
  const result = await renderWithProviders(
    <Routes>
      <Route
        path="/kiosk/*"
        element={<KioskApp requestSync={requestSync} applyPendingUpdate={applyPendingUpdate} />}
      />
    </Routes>,
    { db, route: options.route ?? '/kiosk', language: options.language ?? 'vi' },
  );
  return { ...result, requestSync, applyPendingUpdate };
}
