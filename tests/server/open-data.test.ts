import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SATISFACTION_LEVELS } from '../../src/domain/rating.ts';
import { statsDayOf, statsResponseSchema } from '../../src/domain/stats.ts';
import { parseCsv } from './support/parse-csv.ts';
import { makeProcedure } from './support/procedures.ts';
import { incoming, makeRating } from './support/rating-fixtures.ts';
import { openStatsEngines, type StatsEngine } from './support/stats-engines.ts';

/**
 * Issue 18, item 4: a Frictionless Data package at /api/open-data/datapackage.json whose
 * resources are CSV files at stable URLs; every path it lists answers, and every file has
 * the fields the descriptor says, in that order, with values of the declared types. Read the
 * way a generic tool reads it: the descriptor first, paths resolved relative to it.
 */

const DAY = 86_400_000;
const now = Date.now();
const RECENT = new Date(now - 2 * DAY).toISOString();
const LAST_MONTH = new Date(now - 40 * DAY).toISOString();

const RATINGS = [
  // 12 in Hồ Chí Minh City online two days ago (9 satisfied), 3 in person in Hà Nội.
  ...Array.from({ length: 12 }, (_, i) =>
    makeRating({
      province: '79',
      overall: i < 4 ? 'very_satisfied' : i < 9 ? 'satisfied' : 'dissatisfied',
      createdAt: RECENT,
    }),
  ),
  ...Array.from({ length: 3 }, () =>
    makeRating({
      province: '01',
      channel: 'in_person',
      overall: 'dissatisfied',
      createdAt: RECENT,
    }),
  ),
  makeRating({ province: undefined, createdAt: LAST_MONTH, overall: 'very_satisfied' }),
];

interface Field {
  name: string;
  type: string;
  constraints?: { enum?: string[]; minimum?: number; maximum?: number };
  trueValues?: string[];
  falseValues?: string[];
}
interface Resource {
  name: string;
  path: string;
  format: string;
  mediatype: string;
  encoding: string;
  schema: { fields: Field[]; missingValues: string[]; primaryKey: string[] };
}
interface Descriptor {
  profile: string;
  name: string;
  licenses: { name: string; path: string }[];
  description: string;
  resources: Resource[];
}

/** A cell checked against its field, the way a Table Schema validator does. */
function cellProblem(field: Field, value: string, missing: readonly string[]): string | undefined {
  if (missing.includes(value)) return undefined;
  const bad = `${field.name}=${JSON.stringify(value)} is not a ${field.type}`;
  switch (field.type) {
    case 'integer':
      if (!/^-?\d+$/.test(value)) return bad;
      if (field.constraints?.minimum !== undefined && Number(value) < field.constraints.minimum)
        return bad;
      return undefined;
    case 'number': {
      const n = Number(value);
      if (value.trim() === '' || Number.isNaN(n)) return bad;
      const { minimum = -Infinity, maximum = Infinity } = field.constraints ?? {};
      return n < minimum || n > maximum ? `${field.name}=${value} out of range` : undefined;
    }
    case 'boolean':
      return [...(field.trueValues ?? []), ...(field.falseValues ?? [])].includes(value)
        ? undefined
        : bad;
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? undefined : bad;
    default:
      return field.constraints?.enum && !field.constraints.enum.includes(value) ? bad : undefined;
  }
}

let engines: StatsEngine[] = [];

beforeAll(async () => {
  engines = await openStatsEngines();
  for (const { storage } of engines) {
    await storage.catalog.upsert([
      makeProcedure('1.001193', { name: { vi: 'Đăng ký khai sinh' } }),
    ]);
    const results = await storage.ratings.insertBatch(RATINGS.map((r) => incoming(r)));
    expect(results.every((r) => r.status === 'accepted')).toBe(true);
  }
});
afterAll(async () => {
  for (const engine of engines) await engine.dispose();
});

async function getCsv(engine: StatsEngine, url: string) {
  const response = await engine.app.inject({ method: 'GET', url });
  expect(response.statusCode, `${engine.name} ${url}`).toBe(200);
  expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
  const text = response.rawPayload.toString('utf8');
  expect(text.startsWith('\uFEFF'), 'UTF-8 byte-order mark').toBe(true);
  return parseCsv(text.slice(1)).filter((r) => r.length > 1 || r[0] !== '');
}

describe('GET /api/open-data/datapackage.json', () => {
  it('describes every file it lists, and each file matches its description, on every engine', async () => {
    for (const engine of engines) {
      const response = await engine.app.inject({
        method: 'GET',
        url: '/api/open-data/datapackage.json',
      });
      expect(response.statusCode).toBe(200);
      const descriptor = response.json<Descriptor>();
      expect(descriptor.profile).toBe('tabular-data-package');
      expect(descriptor.name).toMatch(/^[a-z0-9._-]+$/);
      expect(descriptor.licenses).toEqual([
        expect.objectContaining({
          name: 'CC-BY-4.0',
          path: 'https://creativecommons.org/licenses/by/4.0/',
        }),
      ]);
      expect(descriptor.description).toContain('(very_satisfied + satisfied) / total');
      const names = descriptor.resources.map((r) => r.name);
      expect(new Set(names).size).toBe(names.length);
      expect(names).toContain('satisfaction-by-province');
      expect(names).toContain(`satisfaction-daily-${statsDayOf(new Date(now)).slice(0, 7)}`);

      for (const resource of descriptor.resources) {
        // Relative POSIX paths, no "..", resolved against the descriptor's own URL.
        expect(resource.path).not.toMatch(/^\/|\.\.|:/);
        const url = new URL(resource.path, 'http://x/api/open-data/datapackage.json').pathname;
        const [header, ...rows] = await getCsv(engine, url);
        const fields = resource.schema.fields;
        expect(header, `${engine.name} ${resource.name}`).toEqual(fields.map((f) => f.name));
        for (const row of rows) {
          expect(row).toHaveLength(fields.length);
          const problems = fields
            .map((f, i) => cellProblem(f, row[i] ?? '', resource.schema.missingValues))
            .filter(Boolean);
          expect(problems, `${engine.name} ${resource.name}`).toEqual([]);
        }
        const keys = rows.map((r) =>
          resource.schema.primaryKey.map((k) => r[header?.indexOf(k) ?? -1]).join('|'),
        );
        expect(new Set(keys).size, `${resource.name}: primary key unique`).toBe(keys.length);
      }
    }
  });

  it('the last-12-months files are the same figures as /api/stats', async () => {
    for (const engine of engines) {
      const json = statsResponseSchema.parse(
        (await engine.app.inject({ method: 'GET', url: '/api/stats?by=province' })).json(),
      );
      const [header, ...rows] = await getCsv(engine, '/api/open-data/satisfaction-by-province.csv');
      const col = (name: string) => header?.indexOf(name) ?? -1;
      const hcmc = rows.find((r) => r[col('key')] === '79');
      const group = json.groups.find((g) => g.key === '79');
      expect(hcmc?.[col('total')]).toBe(String(group?.total));
      expect(hcmc?.[col('total')]).toBe('12');
      expect(hcmc?.[col('satisfaction_rate')]).toBe('0.750000');
      expect(rows[0]?.[col('total')]).toBe('16');
    }
  });

  it('a month’s daily file adds up to that month, day by day, province by province', async () => {
    for (const engine of engines) {
      const month = statsDayOf(new Date(RECENT)).slice(0, 7);
      const [header, ...rows] = await getCsv(engine, `/api/open-data/daily/${month}.csv`);
      const col = (name: string) => header?.indexOf(name) ?? -1;
      const day = statsDayOf(new Date(RECENT));
      const of = (province: string, channel: string) =>
        rows.find(
          (r) =>
            r[col('date')] === day &&
            r[col('province')] === province &&
            r[col('channel')] === channel,
        );
      expect(
        [of('79', 'online'), of('01', 'in_person')].map((r) => [
          r?.[col('province_name')],
          r?.[col('total')],
          ...SATISFACTION_LEVELS.map((l) => r?.[col(l)]),
          r?.[col('meaningful')],
        ]),
      ).toEqual([
        ['Thành phố Hồ Chí Minh', '12', '4', '5', '3', 'true'],
        ['Thành phố Hà Nội', '3', '0', '0', '3', 'false'],
      ]);
      const earlier = statsDayOf(new Date(LAST_MONTH));
      const last = await getCsv(engine, `/api/open-data/daily/${earlier.slice(0, 7)}.csv`);
      const unspecified = last.find((r) => r[col('date')] === earlier);
      expect(unspecified?.[col('province')]).toBe('unspecified');
    }
  });

  it('answers a month outside the span, or a malformed one, with a clear 404', async () => {
    const [engine] = engines;
    for (const file of [
      '1999-12.csv',
      '2999-01.csv',
      '2025-13.csv',
      '2025-1.csv',
      '2025-01.json',
    ]) {
      const response = await engine!.app.inject({
        method: 'GET',
        url: `/api/open-data/daily/${file}`,
      });
      expect(response.statusCode, file).toBe(404);
      expect(response.json().error.message).toContain('YYYY-MM.csv');
    }
  });
});
