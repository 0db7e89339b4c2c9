import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../../src/server/config.ts';
import { addressBlock, addressSubject, batchQuota } from '../../../../src/server/ratings/quota.ts';
import {
  DEFAULT_RATING_QUOTA,
  ratingQuotaFromEnv,
} from '../../../../src/server/ratings/quota-limits.ts';

describe('ratingQuotaFromEnv', () => {
  it('defaults to 20 per procedure, 100 and 5 dossiers per address; 2,000 and 5,000 per kiosk', () => {
    expect(ratingQuotaFromEnv({})).toEqual({
      perAddressPerProcedure: 20,
      perAddress: 100,
      dossierCodedPerAddress: 5,
      perKioskPerProcedure: 2_000,
      perKiosk: 5_000,
    });
  });

  it('reads each variable on its own', () => {
    expect(
      ratingQuotaFromEnv({
        RATINGS_PER_ADDRESS_PER_PROCEDURE_PER_DAY: '50',
        RATINGS_PER_KIOSK_PER_DAY: ' 9000 ',
      }),
    ).toEqual({ ...DEFAULT_RATING_QUOTA, perAddressPerProcedure: 50, perKiosk: 9_000 });
  });

  it('refuses a value that is not a positive whole number, naming the variable', () => {
    for (const bad of ['0', '-1', '2.5', 'many', '1e3']) {
      expect(() => ratingQuotaFromEnv({ RATINGS_PER_ADDRESS_PER_DAY: bad })).toThrow(ConfigError);
    }
    expect(() => ratingQuotaFromEnv({ DOSSIER_RATINGS_PER_ADDRESS_PER_DAY: 'x' })).toThrow(
      /DOSSIER_RATINGS_PER_ADDRESS_PER_DAY/,
    );
  });
});

describe('address subjects', () => {
  it('counts an IPv6 address by its /64 and an IPv4-mapped one as IPv4', () => {
    expect(addressBlock('2001:db8:abcd:12:1:2:3:4')).toBe('2001:db8:abcd:12::/64');
    expect(addressBlock('2001:0db8:abcd:0012:ffff::1')).toBe('2001:db8:abcd:12::/64');
    expect(addressBlock('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressBlock('::1')).toBe('0:0:0:0::/64');
    expect(addressBlock('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressBlock('203.0.113.7')).toBe('203.0.113.7');
  });

  it('hashes with the key and the day: no address in it, unlinkable across days', () => {
    const a = addressSubject('203.0.113.7', '2026-06-01', 'key-one');
    expect(a).toMatch(/^ip:[0-9a-f]{32}$/);
    expect(addressSubject('203.0.113.7', '2026-06-01', 'key-one')).toBe(a);
    expect(addressSubject('203.0.113.7', '2026-06-02', 'key-one')).not.toBe(a);
    expect(addressSubject('203.0.113.7', '2026-06-01', 'key-two')).not.toBe(a);
    expect(addressSubject('2001:db8:1:2::9', '2026-06-01', 'k')).toBe(
      addressSubject('2001:db8:1:2:ffff::1', '2026-06-01', 'k'),
    );
  });

  it('counts by the Vietnam day of receivedAt (UTC+7)', () => {
    const source = { kind: 'address', address: '203.0.113.7' } as const;
    expect(
      batchQuota(source, DEFAULT_RATING_QUOTA, new Date('2026-06-01T16:59:59Z'), 'k').day,
    ).toBe('2026-06-01');
    expect(
      batchQuota(source, DEFAULT_RATING_QUOTA, new Date('2026-06-01T17:00:00Z'), 'k').day,
    ).toBe('2026-06-02');
  });
});
