import { describe, expect, it } from 'vitest';
import {
  BACKOFF_BASE_MS,
  BACKOFF_CAP_MS,
  backoffDelay,
  parseRetryAfter,
} from '../../../../src/features/outbox/backoff.ts';

describe('backoffDelay', () => {
  it('doubles the ceiling with each failure, from the base', () => {
    const top = () => 0.999999;
    expect(backoffDelay(1, top)).toBe(BACKOFF_BASE_MS - 1);
    expect(backoffDelay(2, top)).toBe(2 * BACKOFF_BASE_MS - 1);
    expect(backoffDelay(5, top)).toBe(16 * BACKOFF_BASE_MS - 1);
  });

  it('never goes past the cap, even after many failures', () => {
    expect(backoffDelay(9, () => 0.999999)).toBe(BACKOFF_CAP_MS - 1);
    expect(backoffDelay(1_000, () => 0.999999)).toBe(BACKOFF_CAP_MS - 1);
  });

  it('draws uniformly below the ceiling (full jitter)', () => {
    expect(backoffDelay(3, () => 0)).toBe(0);
    expect(backoffDelay(3, () => 0.5)).toBe(2 * BACKOFF_BASE_MS);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-22T10:00:00Z');

  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date, and a date in the past as no wait', () => {
    expect(parseRetryAfter('Sun, 22 Nov 2026 10:01:30 GMT', now)).toBe(90_000);
    expect(parseRetryAfter('Sun, 22 Nov 2026 09:00:00 GMT', now)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('1.5', now)).toBeUndefined();
    expect(parseRetryAfter('-3', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});
