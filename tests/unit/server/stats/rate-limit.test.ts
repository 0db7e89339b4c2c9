import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../../src/server/config.ts';
import {
  DEFAULT_STATS_PER_MINUTE,
  statsRateLimitFromEnv,
} from '../../../../src/server/stats/rate-limit.ts';

describe('statsRateLimitFromEnv', () => {
  it('defaults to 120 a minute', () => {
    expect(statsRateLimitFromEnv({})).toBe(DEFAULT_STATS_PER_MINUTE);
    expect(statsRateLimitFromEnv({ STATS_RATE_LIMIT_PER_MINUTE: '' })).toBe(120);
    expect(DEFAULT_STATS_PER_MINUTE).toBe(120);
  });

  it('reads STATS_RATE_LIMIT_PER_MINUTE, and not the ratings’ variables', () => {
    expect(statsRateLimitFromEnv({ STATS_RATE_LIMIT_PER_MINUTE: ' 600 ' })).toBe(600);
    expect(statsRateLimitFromEnv({ RATE_LIMIT_PER_MINUTE: '5', RATE_LIMIT_MAX: '9' })).toBe(120);
  });

  it('refuses a value that is not a positive whole number, naming the variable', () => {
    for (const bad of ['0', '-1', '1.5', '1e3', 'lots', '99999999999999999999']) {
      expect(() => statsRateLimitFromEnv({ STATS_RATE_LIMIT_PER_MINUTE: bad }), bad).toThrow(
        ConfigError,
      );
    }
    expect(() => statsRateLimitFromEnv({ STATS_RATE_LIMIT_PER_MINUTE: 'x' })).toThrow(
      /STATS_RATE_LIMIT_PER_MINUTE must be a whole number of requests per minute, got "x"/,
    );
  });
});
