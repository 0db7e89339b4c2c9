import { describe, expect, it } from 'vitest';
import { bearerToken, secretsEqual } from '../../../src/server/kiosks/secrets.ts';

/**
 * Issue 6: ADMIN_TOKEN is compared in constant time. secretsEqual hashes both sides first so
 * crypto.timingSafeEqual always gets two equal-length digests (it throws on unequal lengths, and
 * comparing raw strings of different lengths would leak the length).
 */
const TOKEN = 'operator-token-0123456789abcdef';

describe('secretsEqual', () => {
  it('is true only for the very same secret', () => {
    expect(secretsEqual(TOKEN, TOKEN)).toBe(true);
    expect(secretsEqual(`${TOKEN}`.slice(0), TOKEN)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['a prefix', TOKEN.slice(0, -1)],
    ['one character longer', `${TOKEN}x`],
    ['one character changed', `${TOKEN.slice(0, -1)}g`],
    ['other case', TOKEN.toUpperCase()],
    ['far longer', TOKEN.repeat(1_000)],
    ['padded', ` ${TOKEN}`],
  ])('is false, without throwing, for %s', (_what, given) => {
    expect(() => secretsEqual(given, TOKEN)).not.toThrow();
    expect(secretsEqual(given, TOKEN)).toBe(false);
  });
});

describe('bearerToken', () => {
  it('reads the token of a Bearer header, any case of the scheme', () => {
    expect(bearerToken(`Bearer ${TOKEN}`)).toBe(TOKEN);
    expect(bearerToken(`bearer ${TOKEN}`)).toBe(TOKEN);
    expect(bearerToken([`Bearer ${TOKEN}`, 'Bearer other'])).toBe(TOKEN);
  });

  it('finds none in other schemes, bare tokens or tokens with spaces', () => {
    for (const header of [undefined, '', TOKEN, `Basic ${TOKEN}`, `Bearer ${TOKEN} extra`]) {
      expect(bearerToken(header)).toBeUndefined();
    }
  });
});
