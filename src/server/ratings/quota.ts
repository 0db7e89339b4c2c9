import { createHmac } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';
import { statsDayOf } from '../../domain/stats.ts';
import type { IncomingRating } from '../storage/types.ts';
import type { RatingQuotaLimits } from './quota-limits.ts';

/**
 * Daily rating quotas (issue 10), the part both engines share. The counters live in the
 * database table `rating_quota (day, subject, procedure_code, n)` (migration 8), so they hold
 * across restarts and across every server instance on one PostgreSQL, and each store changes
 * them in the SAME transaction as the insert of the ratings they count: only ratings actually
 * accepted count (a resend answered `duplicate` uses nothing, or a retried batch would reject
 * itself), and two concurrent requests cannot both take the last places.
 *
 * Besides one row per procedure, a subject has a row for its total (`*`) and, for an address,
 * one for its ratings that name a dossier (`#dossier`); neither can be a procedure code.
 */
export const QUOTA_TOTAL = '*';
export const QUOTA_DOSSIER_CODED = '#dossier';

export const QUOTA_LIMIT_NAMES = [
  'address_procedure_day',
  'address_day',
  'address_dossier_day',
  'kiosk_procedure_day',
  'kiosk_day',
] as const;
export type QuotaLimitName = (typeof QUOTA_LIMIT_NAMES)[number];

/** Who a batch is counted against: its paired kiosk, or else the client address. */
export type QuotaSource = { kind: 'kiosk'; kioskId: string } | { kind: 'address'; address: string };

interface Counter {
  /** The rating_quota.procedure_code of this counter. */
  key: string;
  limit: number;
  name: QuotaLimitName;
}

/** One batch's quota: what the store needs to count it. */
export interface BatchQuota {
  /** Vietnam day (YYYY-MM-DD) of the server's receivedAt. */
  day: string;
  /** `kiosk:<id>`, or `ip:<keyed hash>`: no address is stored. */
  subject: string;
  /** The counters one rating uses, each with its limit. */
  countersOf(item: IncomingRating): readonly Counter[];
}

/**
 * The batch's quota, or undefined when the schema has no quota table (a database held at an
 * older version by an upgrade test). `secret` is the database's own key (rating_quota_secret):
 * the same on every instance, so they count one address under one subject.
 */
export function batchQuota(
  source: QuotaSource,
  limits: RatingQuotaLimits,
  receivedAt: Date,
  secret: string,
): BatchQuota {
  const day = statsDayOf(receivedAt);
  if (source.kind === 'kiosk') {
    const total: Counter = { key: QUOTA_TOTAL, limit: limits.perKiosk, name: 'kiosk_day' };
    return {
      day,
      subject: `kiosk:${source.kioskId}`,
      countersOf: (item) => [
        {
          key: item.rating.procedureCode,
          limit: limits.perKioskPerProcedure,
          name: 'kiosk_procedure_day',
        },
        total,
      ],
    };
  }
  const total: Counter = { key: QUOTA_TOTAL, limit: limits.perAddress, name: 'address_day' };
  const dossier: Counter = {
    key: QUOTA_DOSSIER_CODED,
    limit: limits.dossierCodedPerAddress,
    name: 'address_dossier_day',
  };
  return {
    day,
    subject: addressSubject(source.address, day, secret),
    countersOf: (item) => {
      const counters: Counter[] = [
        {
          key: item.rating.procedureCode,
          limit: limits.perAddressPerProcedure,
          name: 'address_procedure_day',
        },
        total,
      ];
      if (item.rating.dossierCode) counters.push(dossier);
      return counters;
    },
  };
}

/**
 * `ip:` and an HMAC of the day and the address: no raw address is stored, a hash cannot be
 * reversed by trying all 2^32 IPv4 addresses without the key, and one address's rows of two
 * days cannot be linked. An IPv6 address counts by its /64, the block one household or phone
 * gets (counting single IPv6 addresses would give everyone 2^64 allowances).
 */
export function addressSubject(address: string, day: string, secret: string): string {
  const hash = createHmac('sha256', secret).update(`${day}\n${addressBlock(address)}`);
  return `ip:${hash.digest('hex').slice(0, 32)}`;
}

/** The unit an address is counted in: an IPv4 address, or the /64 of an IPv6 one. */
export function addressBlock(address: string): string {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped?.[1]) return mapped[1];
  if (isIPv4(bare) || !isIPv6(bare)) return bare.toLowerCase();
  const [head = '', tail = ''] = bare.toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  const right = bare.includes('::') && tail !== '' ? tail.split(':') : [];
  // An IPv4 tail (::1.2.3.4) takes two groups; only the first four groups matter here anyway.
  const width = (groups: string[]) => groups.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0);
  const zeros = bare.includes('::') ? Array(8 - width(left) - width(right)).fill('0') : [];
  const groups = [...left, ...zeros, ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * The counts of one batch, in the store's transaction: `used` holds what the database had for
 * the batch's counters (read under a lock on PostgreSQL, under the write lock on SQLite).
 */
export class QuotaLedger {
  readonly #used: Map<string, number>;
  readonly #taken = new Map<string, number>();

  constructor(
    readonly quota: BatchQuota,
    used: ReadonlyMap<string, number>,
  ) {
    this.#used = new Map(used);
  }

  /** Every counter key the batch's items use, sorted (rows are locked in this order). */
  static keysOf(quota: BatchQuota, items: readonly IncomingRating[]): string[] {
    const keys = new Set<string>();
    for (const item of items) for (const counter of quota.countersOf(item)) keys.add(counter.key);
    return [...keys].sort();
  }

  /** The limit this item would go over, or undefined when it fits. */
  limitReached(item: IncomingRating): QuotaLimitName | undefined {
    const full = this.quota
      .countersOf(item)
      .find((c) => (this.#used.get(c.key) ?? 0) + (this.#taken.get(c.key) ?? 0) >= c.limit);
    return full?.name;
  }

  /** Counts an item the store accepted. */
  take(item: IncomingRating): void {
    for (const counter of this.quota.countersOf(item)) {
      this.#taken.set(counter.key, (this.#taken.get(counter.key) ?? 0) + 1);
    }
  }

  /** What to add to each counter key, once the batch is decided. */
  additions(): [key: string, n: number][] {
    return [...this.#taken].filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : 1));
  }
}

/** The result of an item over its limit; `details` names the limit (no personal data). */
export function rateLimitedResult(item: IncomingRating, limit: QuotaLimitName) {
  return {
    id: item.rating.id,
    status: 'rejected' as const,
    reason: 'rate_limited_ratings' as const,
    details: limit,
  };
}

/**
 * The oldest day whose counters are still kept: yesterday's (a batch near midnight may still
 * write today's). Older rows are deleted, opportunistically, once per store and day.
 */
export function oldestKeptDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
