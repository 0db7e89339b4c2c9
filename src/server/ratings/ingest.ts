import type { RatingResult, RatingResultStatus } from '../../domain/rating.ts';
import {
  admitKioskRating,
  isUnspecifiedKioskProcedure,
  type KioskCheck,
} from '../kiosks/verify.ts';
import type { IncomingRating, Storage } from '../storage/types.ts';
import { ratingContentHash } from './content-hash.ts';
import type { KnownProcedures } from './known-procedures.ts';
import { batchQuota, type BatchQuota, type QuotaSource } from './quota.ts';
import type { RatingQuotaLimits } from './quota-limits.ts';
import { checkItem } from './validate-item.ts';

export interface IngestContext {
  storage: Storage;
  known: KnownProcedures;
  /** The kiosk token check of this request, asked only when an item is on channel "kiosk". */
  kioskCheck: () => Promise<KioskCheck>;
  /** Server time, for the createdAt limits and receivedAt. */
  now: Date;
  /** Daily limits in ratings (issue 10), and who this request counts against. */
  quota?: { limits: RatingQuotaLimits; source: () => Promise<QuotaSource> };
}

export type BatchSummary = Record<RatingResultStatus, number>;

/**
 * Answers one batch, item by item, in request order: each item is checked on its own (schema,
 * device clock, kiosk token, known procedure) and the valid ones are stored together in one
 * transaction by the storage. A bad item never fails the batch.
 */
export async function ingestBatch(
  items: readonly unknown[],
  context: IngestContext,
): Promise<RatingResult[]> {
  const results = new Array<RatingResult>(items.length);
  const admitted: { index: number; incoming: IncomingRating }[] = [];
  const receivedAt = context.now.toISOString();

  for (const [index, raw] of items.entries()) {
    const checked = checkItem(raw, context.now.getTime());
    if (!checked.ok) {
      results[index] = checked.result;
      continue;
    }
    // The hash is of what the device sent: a resend of it must compare equal.
    const contentHash = ratingContentHash(checked.rating);
    const admission = await admitKioskRating(checked.rating, context.kioskCheck);
    if (!admission.ok) {
      results[index] = { id: checked.rating.id, status: 'rejected', reason: admission.reason };
      continue;
    }
    const incoming: IncomingRating = { rating: admission.rating, contentHash, receivedAt };
    if (admission.kioskId !== undefined) incoming.kioskId = admission.kioskId;
    admitted.push({ index, incoming });
  }

  const needCatalog = admitted.filter((a) => !isUnspecifiedKioskProcedure(a.incoming.rating));
  const known = await context.known.filter(needCatalog.map((a) => a.incoming.rating.procedureCode));
  const toStore: typeof admitted = [];
  for (const entry of admitted) {
    const { rating } = entry.incoming;
    if (isUnspecifiedKioskProcedure(rating) || known.has(rating.procedureCode)) {
      toStore.push(entry);
    } else {
      results[entry.index] = { id: rating.id, status: 'rejected', reason: 'unknown_procedure' };
    }
  }

  const quota = toStore.length > 0 ? await quotaOf(context) : undefined;
  const stored = await context.storage.ratings.insertBatch(
    toStore.map((e) => e.incoming),
    quota,
  );
  toStore.forEach((entry, i) => {
    const result = stored[i];
    if (!result) throw new Error('the rating store answered fewer results than items');
    results[entry.index] = result;
  });
  return results;
}

async function quotaOf(context: IngestContext): Promise<BatchQuota | undefined> {
  if (!context.quota) return undefined;
  const secret = await context.storage.ratings.quotaSecret();
  if (secret === undefined) return undefined;
  return batchQuota(await context.quota.source(), context.quota.limits, context.now, secret);
}

/** Counts per status, for the log line (never ids, comments or dossier codes). */
export function summarize(results: readonly RatingResult[]): BatchSummary {
  const summary: BatchSummary = { accepted: 0, duplicate: 0, conflict: 0, rejected: 0 };
  for (const result of results) summary[result.status] += 1;
  return summary;
}

/**
 * Ratings refused for a daily limit, by limit (the result's details name it), for the warn line;
 * undefined when none was.
 */
export function quotaRefusals(
  results: readonly RatingResult[],
): Record<string, number> | undefined {
  let refusals: Record<string, number> | undefined;
  for (const result of results) {
    if (result.reason !== 'rate_limited_ratings') continue;
    refusals ??= {};
    const limit = result.details ?? 'unknown';
    refusals[limit] = (refusals[limit] ?? 0) + 1;
  }
  return refusals;
}
