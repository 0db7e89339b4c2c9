/**
 * Retry timing of the outbox (DESIGN.md §5): capped exponential backoff with full jitter, so
 * thousands of phones that lost the same server do not all come back in the same second.
 */
export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_CAP_MS = 5 * 60_000;

/**
 * Delay before attempt number `attempts + 1`, given `attempts` failures so far (1 for the first
 * failure): a uniform draw from [0, min(cap, base · 2^(attempts − 1))]. `random` is injectable
 * so tests are deterministic.
 */
export function backoffDelay(
  attempts: number,
  random: () => number = Math.random,
  base: number = BACKOFF_BASE_MS,
  cap: number = BACKOFF_CAP_MS,
): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 30));
  const ceiling = Math.min(cap, base * 2 ** exponent);
  return Math.floor(random() * ceiling);
}

/**
 * Milliseconds a `Retry-After` header asks to wait, from `now`: either delay-seconds ("120") or
 * an HTTP date. Undefined when absent or unreadable; never negative.
 */
export function parseRetryAfter(
  header: string | null | undefined,
  now: number,
): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only a date-like value: Date.parse would also read bare numbers such as "1.5".
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
