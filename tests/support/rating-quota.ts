import type { RatingQuotaLimits } from '../../src/server/ratings/quota-limits.ts';

/**
 * Daily rating quotas (issue 10) out of the way, for the e2e tests, the fault matrix, the
 * benches and the server tests that post many ratings from one address as one client on behalf
 * of many. The quota itself is tested in tests/server/ratings-quota.test.ts.
 */
const LIFTED = 100_000_000;

/** For createApp({ ratingQuota }) in-process. */
export const LIFTED_RATING_QUOTA: RatingQuotaLimits = {
  perAddressPerProcedure: LIFTED,
  perAddress: LIFTED,
  dossierCodedPerAddress: LIFTED,
  perKioskPerProcedure: LIFTED,
  perKiosk: LIFTED,
};

/** For a spawned server: the variables of src/server/ratings/quota-limits.ts. */
export const LIFTED_RATING_QUOTA_ENV: Readonly<Record<string, string>> = {
  RATINGS_PER_ADDRESS_PER_PROCEDURE_PER_DAY: String(LIFTED),
  RATINGS_PER_ADDRESS_PER_DAY: String(LIFTED),
  DOSSIER_RATINGS_PER_ADDRESS_PER_DAY: String(LIFTED),
  RATINGS_PER_KIOSK_PER_PROCEDURE_PER_DAY: String(LIFTED),
  RATINGS_PER_KIOSK_PER_DAY: String(LIFTED),
};
