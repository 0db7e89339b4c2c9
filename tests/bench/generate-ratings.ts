import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROVINCES } from '../../src/domain/provinces.ts';
import { seededRandom } from '../support/seeded-random.ts';
import {
  RATING_CRITERIA,
  type Rating,
  type RatingChannel,
  type SatisfactionLevel,
} from '../../src/domain/rating.ts';
import { importPortalFiles } from '../../src/server/catalog/import-portal.ts';
import { loadSeedProcedures } from '../../src/server/catalog/seed.ts';
import { loadConfig } from '../../src/server/config.ts';
import { ratingContentHash } from '../../src/server/ratings/content-hash.ts';
import { openStorage } from '../../src/server/storage/open.ts';
import { SqliteRatingStore } from '../../src/server/storage/sqlite/ratings-store.ts';
import type { IncomingRating, Storage } from '../../src/server/storage/types.ts';

/**
 * Loads many plausible ratings for the stats bench, the dashboard and demos (issue 4):
 *
 *   DATA_DIR=/tmp/dvc-1m npx tsx tests/bench/generate-ratings.ts [count=1000000]
 *   DATABASE_URL=postgres://… npx tsx tests/bench/generate-ratings.ts 1000000
 *
 * Ratings go through the rating store's own insertBatch (RatingStore, the path POST
 * /api/ratings ends in) in batches of BATCH: the store updates the rollups in the same
 * transaction (SQLite: in the store, once per batch; PostgreSQL: a statement-level trigger), exactly as in production — nothing is rebuilt afterwards. Only the HTTP
 * layer's per-item checks are skipped (every rating made here is valid by construction).
 *
 * The catalogue comes first: when the database has none, the real national catalogue
 * (../shared/data/national-portal, read at run time, never committed) is imported with the real
 * importer, or the seed when that folder is absent. Ratings then use that catalogue's codes.
 *
 * Spread: createdAt over the last 364 days (so all of them fall in the dashboard's default
 * 12-month period), all 34 provinces (weighted, a few with no province), the three channels,
 * popular procedures rated more often than rare ones, each province with its own level of
 * satisfaction, half with some criteria, some with a dossier code or a comment. Kiosk ratings are
 * stored without a kiosk id (no kiosks are paired here).
 */

export const BATCH = 10_000;
const DAY = 86_400_000;
const SPAN_DAYS = 364;

export const PORTAL_DATA_DIR = fileURLToPath(
  new URL('../../../shared/data/national-portal/', import.meta.url),
);

/** Makes sure the database has a catalogue and answers its procedure codes. */
export async function ensureCatalog(
  storage: Storage,
  log: (message: string) => void = () => undefined,
): Promise<{ codes: string[]; source: 'existing' | 'national portal' | 'seed' }> {
  let source: 'existing' | 'national portal' | 'seed' = 'existing';
  if (!(await storage.catalog.meta())) {
    if (existsSync(path.join(PORTAL_DATA_DIR, 'catalog.jsonl'))) {
      log(`importing the national catalogue from ${PORTAL_DATA_DIR}…`);
      await importPortalFiles([PORTAL_DATA_DIR], storage.catalog);
      source = 'national portal';
    } else {
      log('no national-portal data: loading the seed catalogue');
      await storage.catalog.upsert(loadSeedProcedures());
      source = 'seed';
    }
  }
  const catalog = await storage.catalog.load();
  const codes = (catalog?.procedures ?? []).map((p) => p.code).sort();
  if (codes.length === 0) throw new Error('the catalogue is empty: nothing to rate');
  return { codes, source };
}

/** Bigger provinces get more ratings (a rough weight, not census data). */
const BIG_PROVINCES = new Set(['01', '79', '31', '48', '38', '40', '24', '75']);
const PROVINCE_WEIGHTS = PROVINCES.map((p) => (BIG_PROVINCES.has(p.code) ? 4 : 1));
const WEIGHT_SUM = PROVINCE_WEIGHTS.reduce((a, b) => a + b, 0);

function pickProvince(u: number): (typeof PROVINCES)[number] {
  let x = u * WEIGHT_SUM;
  for (const [i, w] of PROVINCE_WEIGHTS.entries()) {
    x -= w;
    if (x < 0) return PROVINCES[i] as (typeof PROVINCES)[number];
  }
  return PROVINCES[PROVINCES.length - 1] as (typeof PROVINCES)[number];
}

export interface GenerateOptions {
  count: number;
  codes: readonly string[];
  now?: Date;
  seed?: number;
  onProgress?: (loaded: number) => void;
  /** Asked between batches; true stops early (the bench caps its loading time). */
  shouldStop?: () => boolean;
}

/** Makes `count` ratings and stores them; answers how many were accepted and how long it took. */
export async function generateRatings(
  storage: Storage,
  options: GenerateOptions,
): Promise<{ accepted: number; seconds: number }> {
  if (options.codes.length === 0) throw new Error('no procedure codes to rate');
  const random = seededRandom(options.seed ?? 20_250_701);
  const now = (options.now ?? new Date()).getTime();
  const receivedAt = new Date(now).toISOString();
  const runTag = randomUUID().slice(0, 8);
  const { codes } = options;
  if (storage.ratings instanceof SqliteRatingStore) {
    // This connection only: a 256 MB page cache keeps the random-UUID primary key and the
    // indexes in memory while a million rows go in (the default 2 MB makes every insert read).
    storage.ratings.db.pragma('cache_size = -262144');
  }
  const started = performance.now();
  let accepted = 0;
  for (let done = 0; done < options.count && !options.shouldStop?.();) {
    const size = Math.min(BATCH, options.count - done);
    const items: IncomingRating[] = new Array<IncomingRating>(size);
    for (let i = 0; i < size; i += 1) {
      const n = done + i;
      const hasProvince = random() >= 0.04;
      const province = pickProvince(random());
      const provinceIndex = PROVINCES.indexOf(province);
      // Each province its own satisfaction: from about 78% to 96%.
      const satisfied = 0.78 + (0.18 * ((provinceIndex * 7) % PROVINCES.length)) / PROVINCES.length;
      const u = random();
      const overall: SatisfactionLevel =
        u < satisfied * 0.6 ? 'very_satisfied' : u < satisfied ? 'satisfied' : 'dissatisfied';
      const c = random();
      const channel: RatingChannel = c < 0.55 ? 'online' : c < 0.85 ? 'in_person' : 'kiosk';
      // Popular procedures are rated far more often than rare ones.
      const code = codes[Math.floor(codes.length * random() ** 3)] as string;
      const rating: Rating = {
        id: randomUUID(),
        procedureCode: code,
        overall,
        channel,
        createdAt: new Date(now - 60_000 - Math.floor(random() * SPAN_DAYS * DAY)).toISOString(),
        locale: random() < 0.08 ? 'en' : 'vi',
      };
      if (hasProvince) rating.province = province.code;
      if (random() < 0.5) {
        const criteria: NonNullable<Rating['criteria']> = {};
        for (const criterion of RATING_CRITERIA) {
          if (random() < 0.6) {
            const v = random();
            criteria[criterion] =
              v < satisfied * 0.5 ? 'very_satisfied' : v < satisfied ? 'satisfied' : 'dissatisfied';
          }
        }
        if (Object.keys(criteria).length > 0) rating.criteria = criteria;
      }
      if (random() < 0.3) rating.dossierCode = `GEN-${runTag}-${n}`;
      if (random() < 0.1) rating.comment = 'Cán bộ hướng dẫn tận tình, thủ tục nhanh gọn.';
      items[i] = { rating, contentHash: ratingContentHash(rating), receivedAt };
    }
    const results = await storage.ratings.insertBatch(items);
    accepted += results.filter((r) => r.status === 'accepted').length;
    done += size;
    options.onProgress?.(done);
  }
  return { accepted, seconds: (performance.now() - started) / 1000 };
}

async function main(argv: readonly string[]): Promise<number> {
  const count = Number((argv[0] ?? '1000000').replaceAll(/[_,]/g, ''));
  if (!Number.isInteger(count) || count < 1) {
    process.stderr.write('usage: npx tsx tests/bench/generate-ratings.ts [count]\n');
    return 2;
  }
  const config = loadConfig(process.env);
  const storage = await openStorage(config);
  const log = (message: string) => process.stderr.write(`${message}\n`);
  try {
    const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `SQLite in ${config.dataDir}`;
    const catalog = await ensureCatalog(storage, log);
    log(`${where}: ${catalog.codes.length} procedures (${catalog.source} catalogue)`);
    const before = await storage.ratings.count();
    const { accepted, seconds } = await generateRatings(storage, {
      count,
      codes: catalog.codes,
      ...(process.env.GENERATE_SEED ? { seed: Number(process.env.GENERATE_SEED) } : {}),
      onProgress: (n) => {
        if (n % 100_000 === 0 || n === count) log(`  ${n.toLocaleString('en')} ratings`);
      },
    });
    log(
      `${accepted.toLocaleString('en')} ratings stored in ${seconds.toFixed(1)} s ` +
        `(${Math.round(accepted / seconds).toLocaleString('en')}/s); ` +
        `${(before + accepted).toLocaleString('en')} in the database`,
    );
    return accepted === count ? 0 : 1;
  } finally {
    await storage.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
