import type { Catalog, Procedure } from '../../domain/procedure.ts';
import type { Rating, RatingResult } from '../../domain/rating.ts';
import type { KioskStore } from '../kiosks/types.ts';
import type { BatchQuota } from '../ratings/quota.ts';
import type { AppliedMigration, MigrationNotice } from './migration-check.ts';
import type { StatsStore } from '../stats/stats-store.ts';
import type { ProvinceListStore } from '../catalog/province-list/store.ts';

export type StorageKind = 'sqlite' | 'postgres';

export interface CatalogMeta {
  version: number;
  updatedAt: string;
  count: number;
}

/** The citizen-facing catalogue. Replacing it is one transaction; a real change bumps the version. */
export interface CatalogStore {
  meta(): Promise<CatalogMeta | undefined>;
  /** The whole catalogue; callers cache it per version (it is served with an ETag). */
  load(): Promise<Catalog | undefined>;
  get(code: string): Promise<Procedure | undefined>;
  has(code: string): Promise<boolean>;
  /**
   * Upserts the given procedures (by code) in one transaction and bumps the version once when
   * any procedure was added or changed; an upsert that changes nothing keeps the version (and its
   * date), so clients do not download the same catalogue again. Returns the current meta.
   */
  upsert(procedures: readonly Procedure[]): Promise<CatalogMeta>;
  /**
   * Removes the procedures with these codes in one transaction and bumps the version once when
   * any was there; the change log keeps each removed code, so devices delete it too.
   */
  remove(codes: readonly string[]): Promise<CatalogMeta | undefined>;
  /**
   * What changed after `version`, read in one snapshot with the version it leads to; `full`
   * when the change log cannot tell (older than the log, or newer than the catalogue); undefined
   * when no catalogue has been imported.
   */
  changesSince(version: number): Promise<CatalogChanges | undefined>;
}

export type CatalogChanges =
  | { kind: 'full' }
  | {
      kind: 'delta';
      version: number;
      updatedAt: string;
      changed: Procedure[];
      removed: string[];
    };

/** A rating that passed schema validation, with what the server adds. */
export interface IncomingRating {
  rating: Rating;
  /** Hash of the rating's canonical content: same id + same hash = duplicate, else conflict. */
  contentHash: string;
  receivedAt: string;
  /** Set when the rating came through a paired kiosk (issue 5). */
  kioskId?: string;
}

/**
 * Stores ratings idempotently. `insertBatch` runs in ONE transaction and answers per item, in
 * order: accepted / duplicate / conflict / rejected (dossier_already_rated). Uniqueness is the
 * database's job (UNIQUE constraints), never a look-up first.
 */
export interface RatingStore {
  /**
   * With a quota (issue 10), items over a daily limit are answered `rejected`
   * (rate_limited_ratings) and the accepted ones counted, in the same transaction.
   */
  insertBatch(items: readonly IncomingRating[], quota?: BatchQuota): Promise<RatingResult[]>;
  /** The database's key for hashing client addresses; undefined before migration 8. */
  quotaSecret(): Promise<string | undefined>;
  count(): Promise<number>;
}

export interface Storage {
  kind: StorageKind;
  /** Where the data is, for the operator: the SQLite file, or DATABASE_URL without its password. */
  location: string;
  /** The schema migrations this open ran (logged by the server and the CLI, issue 21). */
  migrationsApplied: readonly AppliedMigration[];
  /** What the migrations run by this open had to report (logged at warn by the server). */
  migrationNotices: readonly MigrationNotice[];
  catalog: CatalogStore;
  ratings: RatingStore;
  /** Reads the satisfaction rollups (kept with every insert of ratings; see src/server/stats/). */
  stats: StatsStore;
  /** Kiosks of one-stop offices and their hashed tokens (issue 5, src/server/kiosks/). */
  kiosks: KioskStore;
  /** Provinces' official lists of online services (issue 12, src/server/catalog/province-list/). */
  provinceLists: ProvinceListStore;
  /** Bytes the database takes on disk (SQLite: file and WAL; PostgreSQL: pg_database_size). */
  sizeBytes(): Promise<number>;
  close(): Promise<void>;
}
