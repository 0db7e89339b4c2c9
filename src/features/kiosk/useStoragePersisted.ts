import { useEffect, useState } from 'react';

/**
 * Whether the browser promised to keep this site's storage (it may otherwise evict queued
 * ratings under pressure). Asks for persistence when not yet granted; undefined = unknown.
 */
export function useStoragePersisted(): boolean | undefined {
  const [persisted, setPersisted] = useState<boolean>();
  useEffect(() => {
    const storage = globalThis.navigator?.storage;
    if (!storage?.persisted) return undefined;
    let isCurrent = true;
    void (async () => {
      let granted = await storage.persisted();
      if (!granted && storage.persist) granted = await storage.persist();
      if (isCurrent) setPersisted(granted);
    })().catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, []);
  return persisted;
}
