import { useEffect } from 'react';

/** Each screen names itself in the tab title, which screen readers announce on navigation. */
export function useDocumentTitle(title: string, appName: string): void {
  useEffect(() => {
    document.title = title ? `${title} — ${appName}` : appName;
  }, [title, appName]);
}
