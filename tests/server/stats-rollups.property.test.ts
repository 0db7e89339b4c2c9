import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PROVINCE_CODES } from '../../src/domain/provinces.ts';
import {
  ratingBatchResponseSchema,
  RATING_CRITERIA,
  SATISFACTION_LEVELS,
  type Rating,
} from '../../src/domain/rating.ts';
import { STATS_DIMENSIONS, statsDayOf, statsResponseSchema } from '../../src/domain/stats.ts';
import { makeProcedure } from './support/procedures.ts';
import { openStatsEngines, type StatsEngine } from './support/stats-engines.ts';
import {
  byKey,
  modelStats,
  readRatingsTable,
  type CatalogFacts,
} from './support/stats-reference.ts';

/**
 * Issue 4 §6: whatever arrives — new ratings, resends, reused ids, a second rating of a dossier,
 * unknown procedures, ratings too old — the rollup-based GET /api/stats equals a direct count of
 * the ratings table, for every `by`, on SQLite and PostgreSQL. Ratings go through
 * POST /api/ratings, the path devices use. The databases keep what earlier runs stored: the
 * property must hold at every state, not only from empty.
 */

const DAY = 86_400_000;
/** A second query window, from EDGE_DAYS[3] to EDGE_DAYS[0] days ago, cuts days at its edges. */
const EDGE_DAYS = [31, 32, 60, 61] as const;
const PROCEDURES = [
  makeProcedure('1.001193', { fields: ['Hộ tịch'], agencies: ['Ủy ban nhân dân cấp xã'] }),
  makeProcedure('2.000001', {
    fields: ['Xây dựng', 'Quy hoạch'],
    agencies: ['Sở Xây dựng', 'Ủy ban nhân dân cấp xã'],
  }),
  makeProcedure('1.004227', { fields: [], agencies: [] }),
];
const CATALOG = new Map<string, CatalogFacts>(
  PROCEDURES.map((p) => [p.code, { nameVi: p.name.vi, fields: p.fields, agencies: p.agencies }]),
);

const level = fc.constantFrom(...SATISFACTION_LEVELS);

/** The parts of a new rating that matter to the figures; ids and dossiers are made at run time. */
const freshRating = fc.record({
  procedureCode: fc.constantFrom('1.001193', '2.000001', '1.004227'),
  overall: level,
  criteria: fc.option(
    fc.dictionary(fc.constantFrom(...RATING_CRITERIA), level, { minKeys: 1, maxKeys: 7 }),
    { nil: undefined },
  ),
  province: fc.option(fc.constantFrom(...PROVINCE_CODES.slice(0, 5)), { nil: undefined }),
  channel: fc.constantFrom('online', 'in_person'),
  // Days back, within the one-year window; often the edge days of the EDGE_WINDOW query.
  daysAgo: fc.oneof(fc.integer({ min: 1, max: 359 }), fc.constantFrom(...EDGE_DAYS)),
  // Minute of the day in Vietnam; often just before or after midnight.
  minute: fc.oneof(fc.integer({ min: 0, max: 1439 }), fc.constantFrom(0, 1, 1438, 1439)),
  hasDossier: fc.boolean(),
});
type Fresh = typeof freshRating extends fc.Arbitrary<infer T> ? T : never;

const action = fc.oneof(
  { weight: 5, arbitrary: freshRating.map((fresh) => ({ kind: 'new' as const, fresh })) },
  { weight: 2, arbitrary: fc.nat().map((pick) => ({ kind: 'resend' as const, pick })) },
  { weight: 1, arbitrary: fc.nat().map((pick) => ({ kind: 'conflict' as const, pick })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.nat(), freshRating)
      .map(([pick, fresh]) => ({ kind: 'same-dossier' as const, pick, fresh })),
  },
  { weight: 1, arbitrary: freshRating.map((fresh) => ({ kind: 'unknown' as const, fresh })) },
  { weight: 1, arbitrary: freshRating.map((fresh) => ({ kind: 'too-old' as const, fresh })) },
);
type Action = typeof action extends fc.Arbitrary<infer T> ? T : never;

let engines: StatsEngine[] = [];
/** Every rating sent so far (to resend, or reuse its id or dossier). */
const sent: Rating[] = [];

beforeAll(async () => {
  engines = await openStatsEngines();
  for (const { storage } of engines) await storage.catalog.upsert(PROCEDURES);
});
afterAll(async () => {
  for (const engine of engines) await engine.dispose();
});

/** The instant `minute` minutes after midnight in Vietnam (UTC+7), `daysAgo` days before now. */
function vietnamTime(now: number, daysAgo: number, minute: number): string {
  const midnight = Date.parse(`${statsDayOf(new Date(now - daysAgo * DAY))}T00:00:00+07:00`);
  return new Date(midnight + minute * 60_000).toISOString();
}

function ratingOf(fresh: Fresh, now: number, overrides: Partial<Rating> = {}): Rating {
  return {
    id: randomUUID(),
    procedureCode: fresh.procedureCode,
    overall: fresh.overall,
    ...(fresh.criteria ? { criteria: fresh.criteria } : {}),
    ...(fresh.province ? { province: fresh.province } : {}),
    ...(fresh.hasDossier ? { dossierCode: `H01.22-${randomUUID().slice(0, 13)}` } : {}),
    channel: fresh.channel,
    createdAt: vietnamTime(now, fresh.daysAgo, fresh.minute),
    locale: 'vi',
    ...overrides,
  };
}

/** Turns an action into what a device would send, given what was sent before. */
function itemOf(a: Action, now: number): Rating {
  const earlier = sent.length > 0 ? sent[('pick' in a ? a.pick : 0) % sent.length] : undefined;
  switch (a.kind) {
    case 'new':
      return ratingOf(a.fresh, now);
    case 'resend':
      return earlier ?? ratingOf({ ...freshDefaults }, now);
    case 'conflict':
      return earlier
        ? { ...earlier, overall: earlier.overall === 'satisfied' ? 'dissatisfied' : 'satisfied' }
        : ratingOf({ ...freshDefaults }, now);
    case 'same-dossier': {
      const withDossier = sent.filter((r) => r.dossierCode);
      const taken = withDossier[a.pick % Math.max(1, withDossier.length)];
      return taken
        ? ratingOf(a.fresh, now, {
            procedureCode: taken.procedureCode,
            dossierCode: taken.dossierCode,
          })
        : ratingOf(a.fresh, now);
    }
    case 'unknown':
      return ratingOf(a.fresh, now, { procedureCode: '9.999999' });
    case 'too-old':
      return ratingOf(a.fresh, now, { createdAt: new Date(now - 400 * DAY).toISOString() });
  }
}

const freshDefaults: Fresh = {
  procedureCode: '1.001193',
  overall: 'satisfied',
  criteria: undefined,
  province: undefined,
  channel: 'online',
  daysAgo: 1,
  minute: 600,
  hasDossier: false,
};

it('keeps the rollups equal to a direct count of the ratings table, on every engine', async () => {
  const kinds = new Set<string>();
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(action, { minLength: 1, maxLength: 25 }), { minLength: 1, maxLength: 4 }),
      async (batches) => {
        const now = Date.now();
        for (const batch of batches) {
          const items = batch.map((a) => itemOf(a, now));
          const answers = await Promise.all(
            engines.map(async ({ app }) => {
              const response = await app.inject({
                method: 'POST',
                url: '/api/ratings',
                headers: { 'content-type': 'application/json' },
                payload: JSON.stringify({ ratings: items }),
              });
              expect(response.statusCode).toBe(200);
              return ratingBatchResponseSchema.parse(response.json()).results;
            }),
          );
          // Both engines answer every item alike.
          for (const other of answers.slice(1)) expect(other).toEqual(answers[0]);
          for (const r of answers[0] ?? []) kinds.add(r.reason ?? r.status);
          sent.push(...items);
        }
        const windows = [
          { from: statsDayOf(new Date(now - 367 * DAY)), to: statsDayOf(new Date(now + DAY)) },
          {
            from: statsDayOf(new Date(now - EDGE_DAYS[3] * DAY)),
            to: statsDayOf(new Date(now - EDGE_DAYS[0] * DAY)),
          },
        ];
        for (const engine of engines) {
          const stored = await readRatingsTable(engine.table);
          expect(await engine.storage.ratings.count()).toBe(stored.length);
          for (const [by, { from, to }] of STATS_DIMENSIONS.flatMap((by) =>
            windows.map((w) => [by, w] as const),
          )) {
            const response = await engine.app.inject({
              method: 'GET',
              url: `/api/stats?by=${by}&from=${from}&to=${to}`,
            });
            const answer = statsResponseSchema.parse(response.json());
            const expected = modelStats(stored, CATALOG, { by, from, to });
            expect(answer.overall, `${engine.name} by=${by} ${from}…${to}`).toEqual(
              expected.overall,
            );
            expect(byKey(answer.groups), `${engine.name} by=${by} ${from}…${to}`).toEqual(
              byKey(expected.groups),
            );
          }
        }
      },
    ),
    { numRuns: 25 },
  );
  // The runs did go through every path the property is about.
  expect([...kinds].sort()).toEqual(
    expect.arrayContaining([
      'accepted',
      'duplicate',
      'id_conflict',
      'dossier_already_rated',
      'unknown_procedure',
      'too_old',
    ]),
  );
});
