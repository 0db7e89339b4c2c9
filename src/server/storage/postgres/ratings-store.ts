import type pg from 'pg';
import type { RatingResult } from '../../../domain/rating.ts';
import type { IncomingRating, RatingStore } from '../types.ts';

/** Placeholder until the ratings store lands (issue 3); the ratings work replaces this file. */
export class PostgresRatingStore implements RatingStore {
  constructor(readonly pool: pg.Pool) {}

  async insertBatch(_items: readonly IncomingRating[]): Promise<RatingResult[]> {
    throw new Error('not implemented');
  }

  async count(): Promise<number> {
    throw new Error('not implemented');
  }
}
