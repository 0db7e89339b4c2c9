import { useSyncExternalStore } from 'react';
import { serviceWorkerUpdates, type ServiceWorkerUpdates } from './sw-updates.ts';

/** True while a new version of the app is installed and waits for `applyUpdate()`. */
export function useUpdateWaiting(updates: ServiceWorkerUpdates = serviceWorkerUpdates): boolean {
  return useSyncExternalStore(updates.subscribe, updates.isUpdateWaiting, updates.isUpdateWaiting);
}
