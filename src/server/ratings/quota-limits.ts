import { ConfigError } from '../config.ts';

/**
 * How many ratings a day the server takes from one source (issue 10: one address got 89,500
 * "dissatisfied" ratings of one procedure in 125 s, well within the request rate limit). A
 * citizen rates a service they used, and a real office serves at most a few hundred people a
 * day, so the limits are counted in ratings, per Vietnam day of the server's receivedAt:
 *
 * - an address (IPv6: its /64) is a household, a phone or a small NAT: 20 ratings of one
 *   procedure, 100 in all (spraying across procedures is bounded too), and 5 that name a dossier
 *   (so pre-rating 200 sequential dossier codes, to block the real citizens, needs 40 addresses);
 * - a paired kiosk is an office's own device, revocable by the operator: 2,000 ratings of one
 *   procedure (a busy office's day), 5,000 in all, and no separate cap on dossier codes.
 *
 * Raise them for an office whose citizens rate from their phones on one Wi-Fi (one address), or
 * for load tests. Ratings over a limit are answered `rejected` with reason rate_limited_ratings.
 */
export interface RatingQuotaLimits {
  perAddressPerProcedure: number;
  perAddress: number;
  dossierCodedPerAddress: number;
  perKioskPerProcedure: number;
  perKiosk: number;
}

export const DEFAULT_RATING_QUOTA: Readonly<RatingQuotaLimits> = {
  perAddressPerProcedure: 20,
  perAddress: 100,
  dossierCodedPerAddress: 5,
  perKioskPerProcedure: 2_000,
  perKiosk: 5_000,
};

/** The environment variable of each limit (README, configuration). */
export const RATING_QUOTA_ENV: Readonly<Record<keyof RatingQuotaLimits, string>> = {
  perAddressPerProcedure: 'RATINGS_PER_ADDRESS_PER_PROCEDURE_PER_DAY',
  perAddress: 'RATINGS_PER_ADDRESS_PER_DAY',
  dossierCodedPerAddress: 'DOSSIER_RATINGS_PER_ADDRESS_PER_DAY',
  perKioskPerProcedure: 'RATINGS_PER_KIOSK_PER_PROCEDURE_PER_DAY',
  perKiosk: 'RATINGS_PER_KIOSK_PER_DAY',
};

type Env = Record<string, string | undefined>;

/** The limits from the environment, each defaulting on its own; a bad value is a ConfigError. */
export function ratingQuotaFromEnv(env: Env = process.env): RatingQuotaLimits {
  const limits = { ...DEFAULT_RATING_QUOTA };
  for (const [field, name] of Object.entries(RATING_QUOTA_ENV) as [
    keyof RatingQuotaLimits,
    string,
  ][]) {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') continue;
    if (!/^\d+$/.test(raw) || Number(raw) < 1 || !Number.isSafeInteger(Number(raw))) {
      throw new ConfigError(`${name} must be a whole number of ratings per day, got "${raw}"`);
    }
    limits[field] = Number(raw);
  }
  return limits;
}
