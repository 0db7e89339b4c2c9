import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../../src/server/config.ts';
import {
  DEFAULT_RATINGS_PER_MINUTE,
  ratingsRateLimitFromEnv,
} from '../../../../src/server/ratings/rate-limit.ts';

describe('ratingsRateLimitFromEnv', () => {
  it('defaults to 60 a minute', () => {
    expect(ratingsRateLimitFromEnv({})).toBe(DEFAULT_RATINGS_PER_MINUTE);
    expect(DEFAULT_RATINGS_PER_MINUTE).toBe(60);
  });

  it('reads RATE_LIMIT_PER_MINUTE, then RATE_LIMIT_MAX', () => {
    expect(ratingsRateLimitFromEnv({ RATE_LIMIT_PER_MINUTE: '600' })).toBe(600);
    expect(ratingsRateLimitFromEnv({ RATE_LIMIT_MAX: '1000000' })).toBe(1_000_000);
    expect(ratingsRateLimitFromEnv({ RATE_LIMIT_PER_MINUTE: '5', RATE_LIMIT_MAX: '9' })).toBe(5);
  });

  it('refuses a value that is not a positive whole number, naming the variable', () => {
    for (const bad of ['0', '-1', '1.5', 'lots']) {
      expect(() => ratingsRateLimitFromEnv({ RATE_LIMIT_PER_MINUTE: bad })).toThrow(ConfigError);
    }
    expect(() => ratingsRateLimitFromEnv({ RATE_LIMIT_MAX: 'x' })).toThrow(/RATE_LIMIT_MAX/);
  });
});
