import { randomUUID } from 'node:crypto';
import type { Rating } from '../../../src/domain/rating.ts';
import { ratingContentHash } from '../../../src/server/ratings/content-hash.ts';
import type { IncomingRating } from '../../../src/server/storage/types.ts';

/** A valid rating made "now" on a device; override what the test is about. */
export function makeRating(overrides: Partial<Rating> = {}): Rating {
  return {
    id: randomUUID(),
    procedureCode: '1.001193',
    overall: 'satisfied',
    criteria: { staff_attitude: 'very_satisfied', on_time: 'dissatisfied' },
    comment: 'Cán bộ hướng dẫn tận tình.',
    province: '46',
    channel: 'online',
    createdAt: new Date().toISOString(),
    locale: 'vi',
    ...overrides,
  };
}

/** What the route hands to RatingStore.insertBatch for a rating. */
export function incoming(rating: Rating, receivedAt = new Date().toISOString()): IncomingRating {
  return { rating, contentHash: ratingContentHash(rating), receivedAt };
}
