import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/domain/api-error.ts';
import { PROVINCES } from '../../src/domain/provinces.ts';
import {
  RATING_CHANNELS,
  RATING_CRITERIA,
  SATISFACTION_LEVELS,
  type Rating,
} from '../../src/domain/rating.ts';
import {
  defaultPeriod,
  STATS_DIMENSIONS,
  statsResponseSchema,
  type StatsResponse,
} from '../../src/domain/stats.ts';
import { seededRandom } from '../support/seeded-random.ts';
import { makeProcedure } from './support/procedures.ts';
import { incoming, makeRating } from './support/rating-fixtures.ts';
import { openStatsEngines, type StatsEngine } from './support/stats-engines.ts';
import { byKey, modelStats, catalogFacts, type ModelQuery } from './support/stats-reference.ts';

/**
 * The HTTP contract of GET /api/stats over known data, on SQLite and PostgreSQL: every `by`,
 * periods that cut months, filters, the formula's edge cases, and bad queries. Ratings are
 * stored through the rating store (the route's own path, minus the one-year age check), so the
 * data can sit on fixed dates in 2025.
 */

const PROCEDURES = [
  makeProcedure('1.001193', {
    name: { vi: 'Đăng ký khai sinh' },
    fields: ['Hộ tịch'],
    agencies: ['Ủy ban nhân dân cấp xã'],
  }),
  makeProcedure('2.000001', {
    name: { vi: 'Cấp giấy phép xây dựng' },
    fields: ['Xây dựng', 'Quy hoạch'],
    agencies: ['Sở Xây dựng', 'Ủy ban nhân dân cấp xã'],
  }),
  makeProcedure('1.004227', {
    name: { vi: 'Đăng ký đất đai lần đầu' },
    fields: ['Đất đai'],
    agencies: ['Văn phòng đăng ký đất đai'],
  }),
];
const CATALOG = catalogFacts(PROCEDURES);

function pick<T>(next: () => number, values: readonly T[]): T {
  return values[Math.floor(next() * values.length)] as T;
}

/** 400 varied ratings over the first half of 2025 in Hà Nội, HCMC, Đà Nẵng and nowhere. */
function variedRatings(): Rating[] {
  const next = seededRandom(4);
  const start = Date.parse('2025-01-01T00:00:00+07:00');
  const span = Date.parse('2025-07-01T00:00:00+07:00') - start;
  return Array.from({ length: 400 }, () => {
    const channel = pick(next, RATING_CHANNELS);
    const procedureCode =
      channel === 'kiosk' && next() < 0.2
        ? '0.000000' // a kiosk rating that names no procedure (issue 5)
        : pick(next, ['1.001193', '2.000001', '1.004227']);
    const criteria = Object.fromEntries(
      RATING_CRITERIA.filter(() => next() < 0.4).map((c) => [c, pick(next, SATISFACTION_LEVELS)]),
    );
    const province = pick(next, ['01', '79', '48', undefined] as const);
    return makeRating({
      procedureCode,
      overall: pick(next, SATISFACTION_LEVELS),
      criteria: Object.keys(criteria).length > 0 ? criteria : undefined,
      province,
      channel,
      createdAt: new Date(start + Math.floor(next() * span)).toISOString(),
    });
  });
}

/** Hand-made groups whose figures the tests below spell out. */
const CAO_BANG_ALL_DISSATISFIED = Array.from({ length: 12 }, (_, i) =>
  makeRating({
    province: '04',
    overall: 'dissatisfied',
    criteria: undefined,
    createdAt: `2025-02-${String(3 + i).padStart(2, '0')}T03:00:00.000Z`,
  }),
);
/** Lai Châu, March: 6 very satisfied, 2 satisfied, 2 dissatisfied; criteria partly answered. */
const LAI_CHAU_PARTIAL_CRITERIA = (
  [
    ['very_satisfied', { convenience: 'very_satisfied' }],
    ['very_satisfied', { convenience: 'very_satisfied' }],
    ['very_satisfied', { convenience: 'very_satisfied', on_time: 'dissatisfied' }],
    ['very_satisfied', { convenience: 'dissatisfied' }],
    ['very_satisfied', undefined],
    ['very_satisfied', undefined],
    ['satisfied', undefined],
    ['satisfied', undefined],
    ['dissatisfied', undefined],
    ['dissatisfied', undefined],
  ] as const
).map(([overall, criteria], i) =>
  makeRating({
    province: '12',
    overall,
    criteria,
    channel: 'in_person',
    createdAt: `2025-03-${String(10 + i).padStart(2, '0')}T09:00:00.000Z`,
  }),
);
/** Điện Biên, around midnight in Vietnam (UTC+7) at the end of March and of April. */
const DIEN_BIEN_MIDNIGHTS = [
  '2025-03-31T16:59:59.000Z', // 23:59:59 on 31 March in Vietnam
  '2025-03-31T17:00:00.000Z', // 00:00 on 1 April
  '2025-04-30T17:00:00.000Z', // 00:00 on 1 May
].map((createdAt) => makeRating({ province: '11', createdAt, overall: 'very_satisfied' }));

const RATINGS = [
  ...variedRatings(),
  ...CAO_BANG_ALL_DISSATISFIED,
  ...LAI_CHAU_PARTIAL_CRITERIA,
  ...DIEN_BIEN_MIDNIGHTS,
];

const PERIODS = [
  // Days of January, whole February and March, days of April: all three segments.
  { from: '2025-01-15', to: '2025-04-10' },
  { from: '2025-01-01', to: '2025-06-30' },
  { from: '2025-04-01', to: '2025-04-01' },
  { from: '2025-02-10', to: '2025-02-20' },
];
const FILTERS: Omit<ModelQuery, 'by' | 'from' | 'to'>[] = [
  { province: '79' },
  { province: 'unspecified' },
  { channel: 'kiosk' },
  { procedure: '2.000001' },
  { field: 'Xây dựng' },
  { field: 'Hộ tịch', province: '01', channel: 'online' },
  { procedure: '1.001193', field: 'Xây dựng' },
  { field: 'Không có lĩnh vực này' },
];
const QUERIES: ModelQuery[] = STATS_DIMENSIONS.flatMap((by) => [
  ...PERIODS.map((period) => ({ by, ...period })),
  ...FILTERS.map((filter) => ({ by, from: '2025-01-01', to: '2025-06-30', ...filter })),
]);

function urlOf(query: Record<string, string | undefined>, path = '/api/stats'): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, value);
  return `${path}?${params.toString()}`;
}

let engines: StatsEngine[] = [];

beforeAll(async () => {
  engines = await openStatsEngines();
  for (const { storage } of engines) {
    await storage.catalog.upsert(PROCEDURES);
    for (let i = 0; i < RATINGS.length; i += 200) {
      const results = await storage.ratings.insertBatch(
        RATINGS.slice(i, i + 200).map((r) => incoming(r)),
      );
      expect(results.every((r) => r.status === 'accepted')).toBe(true);
    }
  }
});
afterAll(async () => {
  for (const engine of engines) await engine.dispose();
});

/** The answer of every engine to one GET, checked against the shared schema. */
async function statsOnEach(query: Record<string, string | undefined>): Promise<StatsResponse[]> {
  return Promise.all(
    engines.map(async ({ name, app }) => {
      const response = await app.inject({ method: 'GET', url: urlOf(query) });
      expect(response.statusCode, `${name} ${urlOf(query)}`).toBe(200);
      return statsResponseSchema.parse(response.json());
    }),
  );
}

function withoutTime({ generatedAt: _, ...rest }: StatsResponse) {
  return rest;
}

describe('GET /api/stats over known data', () => {
  it.each(QUERIES.map((q) => [urlOf({ ...q }), q] as const))(
    '%s: the same figures as a count of the ratings, on every engine',
    async (_url, query) => {
      const answers = await statsOnEach({ ...query });
      const expected = modelStats(RATINGS, CATALOG, query);
      for (const [i, answer] of answers.entries()) {
        const engine = engines[i]?.name;
        expect(answer.by, engine).toBe(query.by);
        expect([answer.from, answer.to], engine).toEqual([query.from, query.to]);
        expect(answer.overall, engine).toEqual(expected.overall);
        expect(byKey(answer.groups), engine).toEqual(byKey(expected.groups));
      }
      const [first, ...others] = answers.map(withoutTime);
      for (const other of others) expect(other).toEqual(first);
    },
  );

  it('lists all 34 provinces in the official order, with their Vietnamese names', async () => {
    for (const answer of await statsOnEach({
      by: 'province',
      from: '2025-01-01',
      to: '2025-06-30',
    })) {
      expect(answer.groups.slice(0, 34).map((g) => [g.key, g.label])).toEqual(
        PROVINCES.map((p) => [p.code, p.vi]),
      );
      // Ratings that name no province come last, as their own group.
      expect(answer.groups.at(-1)?.key).toBe('unspecified');
      expect(answer.groups.at(-1)?.total).toBeGreaterThan(0);
    }
  });

  it('lists every month of the period in order, empty months at zero', async () => {
    for (const answer of await statsOnEach({ by: 'month', from: '2024-11-20', to: '2025-02-05' })) {
      expect(answer.groups.map((g) => g.key)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
      expect(answer.groups[0]).toMatchObject({ total: 0, satisfactionRate: null });
    }
  });

  it('answers a group whose ratings are all dissatisfied with 0%, not with nothing', async () => {
    for (const answer of await statsOnEach({
      by: 'province',
      from: '2025-02-01',
      to: '2025-02-28',
    })) {
      expect(byKey(answer.groups)['04']).toMatchObject({
        key: '04',
        label: 'Tỉnh Cao Bằng',
        total: 12,
        counts: { very_satisfied: 0, satisfied: 0, dissatisfied: 12 },
        satisfactionRate: 0,
      });
    }
  });

  it('rates each criterion over the ratings that answered it', async () => {
    const query = { by: 'province', from: '2025-03-01', to: '2025-03-31', province: '12' };
    for (const answer of await statsOnEach(query)) {
      const laiChau = byKey(answer.groups)['12'];
      expect(laiChau).toMatchObject({
        total: 10,
        counts: { very_satisfied: 6, satisfied: 2, dissatisfied: 2 },
        satisfactionRate: 0.8,
      });
      expect(laiChau?.criteria.convenience).toEqual({
        total: 4,
        counts: { very_satisfied: 3, satisfied: 0, dissatisfied: 1 },
        satisfactionRate: 0.75,
        meaningful: false,
      });
      expect(laiChau?.criteria.on_time).toMatchObject({ total: 1, satisfactionRate: 0 });
      expect(laiChau?.criteria.staff_attitude).toMatchObject({ total: 0, satisfactionRate: null });
      // The province filter leaves only Lai Châu, so the overall figure is the same.
      expect(answer.groups).toHaveLength(1);
      expect(answer.overall).toEqual(laiChau && { ...laiChau, key: undefined, label: undefined });
    }
  });

  it('answers a period with no ratings with zero counts and no rate, not 0% or 100%', async () => {
    for (const answer of await statsOnEach({
      by: 'province',
      from: '2024-01-01',
      to: '2024-01-31',
    })) {
      expect(answer.overall.total).toBe(0);
      expect(answer.overall.satisfactionRate).toBeNull();
      expect(answer.groups).toHaveLength(34);
      for (const group of answer.groups) {
        expect(group).toMatchObject({ total: 0, satisfactionRate: null });
        for (const c of RATING_CRITERIA) expect(group.criteria[c].satisfactionRate).toBeNull();
      }
    }
  });

  it('counts a rating on its day in Vietnam time (UTC+7)', async () => {
    const months = await statsOnEach({
      by: 'month',
      from: '2025-03-01',
      to: '2025-05-31',
      province: '11',
    });
    for (const answer of months) {
      expect(answer.groups.map((g) => [g.key, g.total])).toEqual([
        ['2025-03', 1],
        ['2025-04', 1],
        ['2025-05', 1],
      ]);
    }
    for (const answer of await statsOnEach({
      by: 'channel',
      from: '2025-04-01',
      to: '2025-04-01',
      province: '11',
    })) {
      expect(answer.overall.total).toBe(1);
    }
  });

  it('counts a procedure of two fields in both fields, and once in the overall figure', async () => {
    for (const answer of await statsOnEach({
      by: 'field',
      from: '2025-01-01',
      to: '2025-06-30',
      procedure: '2.000001',
    })) {
      const groups = byKey(answer.groups);
      expect(groups['Xây dựng']?.total).toBeGreaterThan(0);
      expect(groups['Quy hoạch']?.total).toBe(groups['Xây dựng']?.total);
      expect(answer.overall.total).toBe(groups['Xây dựng']?.total);
    }
  });

  it('names procedures in Vietnamese and keeps a kiosk rating with no procedure apart', async () => {
    for (const answer of await statsOnEach({
      by: 'procedure',
      from: '2025-01-01',
      to: '2025-06-30',
    })) {
      const groups = byKey(answer.groups);
      expect(groups['1.001193']?.label).toBe('Đăng ký khai sinh');
      expect(groups['0.000000']?.total).toBeGreaterThan(0);
      expect(groups['0.000000']?.label).toBeUndefined();
    }
  });
});

describe('GET /api/stats: bad queries', () => {
  const BAD: [string, string][] = [
    ['by=weekday', 'by'],
    ['from=2025-13-01', 'from'],
    ['to=yesterday', 'to'],
    ['from=2025-05-01&to=2025-04-01', 'from'],
    ['province=99', 'province'],
    ['channel=fax', 'channel'],
    ['procedure=abc', 'procedure'],
    ['field=', 'field'],
    ['colour=red', 'colour'],
    ['by=province&by=month', 'by'],
  ];

  it.each(BAD)('answers ?%s with 400 in the API error shape naming %s', async (query, param) => {
    for (const path of ['/api/stats', '/api/stats.csv']) {
      for (const { name, app } of engines) {
        const response = await app.inject({ method: 'GET', url: `${path}?${query}` });
        expect(response.statusCode, `${name} ${path}`).toBe(400);
        expect(response.headers['content-type']).toMatch(/^application\/json/);
        const body = apiErrorSchema.parse(response.json());
        expect(body.error.code).toBe('bad_request');
        expect(body.error.message).toContain(param);
        expect(JSON.stringify(body.error.details)).toContain(param);
      }
    }
  });
});

describe('GET /api/stats: the default period', () => {
  it('answers the last 12 months up to today in Vietnam, including a rating made now', async () => {
    const rating = makeRating({ id: randomUUID(), province: '96', overall: 'satisfied' });
    for (const { app } of engines) {
      const posted = await app.inject({
        method: 'POST',
        url: '/api/ratings',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ ratings: [rating] }),
      });
      expect(posted.json()).toEqual({ results: [{ id: rating.id, status: 'accepted' }] });
    }
    const before = defaultPeriod(new Date());
    const answers = await statsOnEach({ province: '96' });
    const after = defaultPeriod(new Date());
    for (const answer of answers) {
      expect(answer.by).toBe('province');
      expect([before, after]).toContainEqual({ from: answer.from, to: answer.to });
      expect(answer.groups).toEqual([
        expect.objectContaining({ key: '96', total: 1, satisfactionRate: 1 }),
      ]);
    }
  });
});
