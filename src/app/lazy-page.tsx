import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';

/** A screen loaded on first use, and loadable ahead of time so later visits render at once. */
export interface LazyPage {
  (): React.JSX.Element;
  preload(): Promise<void>;
}

/**
 * Splits a screen that is not on the first (search) screen into its own chunk. Once the chunk is
 * loaded (visited or preloaded) the screen renders synchronously, with no fallback flash; the
 * service worker precaches every chunk, so this works offline too.
 */
export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let Loaded: ComponentType | undefined;
  let pending: Promise<void> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => {
        Loaded = component;
      },
      (error: unknown) => {
        // A failed fetch (offline before the precache finished) may be retried on the next visit.
        pending = undefined;
        throw error;
      },
    ));
  const Lazy: LazyExoticComponent<ComponentType> = lazy(() =>
    preload().then(() => ({ default: Loaded as ComponentType })),
  );
  function Page() {
    if (Loaded) return <Loaded />;
    return (
      <Suspense fallback={<PageLoading />}>
        <Lazy />
      </Suspense>
    );
  }
  Page.preload = preload;
  return Page;
}

/** What a screen shows while its chunk loads: announced politely, in the current language. */
export function PageLoading() {
  const { t } = useTranslation('common');
  return (
    <p className="page-loading" role="status">
      {t('loading')}
    </p>
  );
}
