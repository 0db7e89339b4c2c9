import { randomUUID } from 'node:crypto';
import type { Rating } from '../../../src/domain/rating.ts';
import { RATING_CRITERIA, SATISFACTION_LEVELS } from '../../../src/domain/rating.ts';
import { PROVINCE_CODES } from '../../../src/domain/provinces.ts';
import type { RatingStore } from '../../../src/server/storage/types.ts';
import { seededRandom } from '../../support/seeded-random.ts';
import { incoming } from './rating-fixtures.ts';

/**
 * Devices that resend overlapping batches at the same time (a retry while the first attempt
 * is still being committed, two tabs, a kiosk and its export re-imported): every client posts
 * batches drawn from one shared pool of ratings, each batch in its own random order. Issue
 * 10, item 6: on PostgreSQL such batches took locks in opposite orders and deadlocked.
 */
export interface OverlapLoadOptions {
  clients: number;
  batchesPerClient: number;
  batchSize: number;
  poolSize: number;
  procedureCodes: readonly string[];
  seed?: number;
}

export interface OverlapLoadResult {
  /** Every id sent at least once. */
  sent: Set<string>;
  /** Milliseconds per insertBatch call. */
  latenciesMs: number[];
  /** Calls that threw (after the store's own retries). */
  failures: number;
  statuses: Record<string, number>;
}

export function makeRatingPool(
  size: number,
  procedureCodes: readonly string[],
  random: () => number,
): Rating[] {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const now = Date.now();
  return Array.from({ length: size }, (_, i) => {
    const criteria = Object.fromEntries(
      RATING_CRITERIA.filter(() => random() < 0.4).map((c) => [c, pick(SATISFACTION_LEVELS)]),
    );
    const rating: Rating = {
      id: randomUUID(),
      procedureCode: pick(procedureCodes),
      overall: pick(SATISFACTION_LEVELS),
      province: pick(PROVINCE_CODES),
      channel: pick(['online', 'in_person'] as const),
      // Spread over the last 3 days, so day and month rollup rows are shared between batches.
      createdAt: new Date(now - Math.floor(random() * 3 * 86_400_000)).toISOString(),
      locale: 'vi',
    };
    if (Object.keys(criteria).length > 0) rating.criteria = criteria;
    if (i % 3 === 0) rating.dossierCode = `H29.OVERLAP-${String(i).padStart(6, '0')}`;
    return rating;
  });
}

function shuffled<T>(values: readonly T[], random: () => number): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export async function runOverlappingLoad(
  store: RatingStore,
  options: OverlapLoadOptions,
): Promise<OverlapLoadResult> {
  const random = seededRandom(options.seed ?? 10_6);
  const pool = makeRatingPool(options.poolSize, options.procedureCodes, random);
  const result: OverlapLoadResult = {
    sent: new Set(),
    latenciesMs: [],
    failures: 0,
    statuses: {},
  };
  const client = async () => {
    for (let b = 0; b < options.batchesPerClient; b += 1) {
      const batch = shuffled(pool, random).slice(0, options.batchSize);
      for (const rating of batch) result.sent.add(rating.id);
      const started = performance.now();
      try {
        const answers = await store.insertBatch(batch.map((rating) => incoming(rating)));
        for (const answer of answers) {
          result.statuses[answer.status] = (result.statuses[answer.status] ?? 0) + 1;
        }
      } catch {
        result.failures += 1;
      }
      result.latenciesMs.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: options.clients }, client));
  return result;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
