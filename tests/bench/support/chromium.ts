import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, with the background chatter that would skew timings off. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's Chromium with CHROMIUM_FLAGS. */
export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/** The phone the budgets are about: a cheap Android on a weak 4G signal. */
export const SLOW_4G = {
  offline: false,
  latency: 150,
  // Bytes per second: ~1.6 Mbps down, 750 Kbps up.
  downloadThroughput: 200_000,
  uploadThroughput: 93_750,
};
export const CPU_SLOWDOWN = 4;

export interface Throttling {
  network?: boolean;
  cpu?: boolean;
}

/** Applies the slow-4G profile and/or the 4× CPU slowdown to a page through CDP. */
export async function throttle(page: Page, what: Throttling): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  if (what.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  }
  if (what.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return cdp;
}

export interface Lcp {
  /** ms from navigation start. */
  time: number;
  /** What was painted: tag and the start of its text, to tell what the figure is about. */
  element: string;
}

/**
 * The page's largest contentful paint so far (buffered entries, so it can be read after the
 * fact). Undefined when no LCP entry was recorded.
 */
export async function readLcp(page: Page): Promise<Lcp | undefined> {
  return page.evaluate(
    () =>
      new Promise<Lcp | undefined>((resolve) => {
        let last: Lcp | undefined;
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            const element = (entry as PerformanceEntry & { element?: Element | null }).element;
            const text = element?.textContent?.trim().slice(0, 40) ?? '';
            last = {
              time: entry.startTime,
              element: element ? `<${element.tagName.toLowerCase()}> ${text}` : '(removed element)',
            };
          }
        });
        observer.observe({ type: 'largest-contentful-paint', buffered: true });
        // Buffered entries are delivered in a task of their own: give it a moment.
        setTimeout(() => {
          observer.disconnect();
          resolve(last);
        }, 100);
      }),
  );
}
