import type BetterSqlite3 from 'better-sqlite3';
import type { RatingResult } from '../../../domain/rating.ts';
import type { IncomingRating, RatingStore } from '../types.ts';

/** Placeholder until the ratings store lands (issue 3); the ratings work replaces this file. */
export class SqliteRatingStore implements RatingStore {
  constructor(readonly db: BetterSqlite3.Database) {}

  async insertBatch(_items: readonly IncomingRating[]): Promise<RatingResult[]> {
    throw new Error('not implemented');
  }

  async count(): Promise<number> {
    throw new Error('not implemented');
  }
}
