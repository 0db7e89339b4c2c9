import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVINCES } from '../../src/domain/provinces.ts';
import { RATING_CRITERIA, SATISFACTION_LEVELS } from '../../src/domain/rating.ts';
import {
  MIN_MEANINGFUL,
  STATS_DIMENSIONS,
  statsResponseSchema,
  type Figure,
} from '../../src/domain/stats.ts';
import { parseCsv } from './support/parse-csv.ts';
import { makeProcedure } from './support/procedures.ts';
import { incoming, makeRating } from './support/rating-fixtures.ts';
import { openStatsEngines, type StatsEngine } from './support/stats-engines.ts';

/**
 * GET /api/stats.csv is the open-data form of GET /api/stats: UTF-8 with a byte-order mark,
 * RFC 4180, and the same numbers as the JSON, read back by a parser that knows nothing of ours.
 */

// A name with a comma and quotes, and a field with a comma: the CSV must quote them.
const ODD_NAME = 'Cấp giấy phép xây dựng, sửa chữa "nhà ở riêng lẻ"';
const ODD_FIELD = 'Xây dựng, nhà ở';
const PROCEDURES = [
  makeProcedure('1.001193', { name: { vi: 'Đăng ký khai sinh' }, fields: ['Hộ tịch'] }),
  makeProcedure('2.000001', { name: { vi: ODD_NAME }, fields: [ODD_FIELD, 'Quy hoạch'] }),
];

const RATINGS = [
  // Hồ Chí Minh City: 12 ratings (meaningful), 9 satisfied.
  ...Array.from({ length: 12 }, (_, i) =>
    makeRating({
      province: '79',
      procedureCode: i % 2 === 0 ? '1.001193' : '2.000001',
      overall: i < 5 ? 'very_satisfied' : i < 9 ? 'satisfied' : 'dissatisfied',
      criteria: i < 4 ? { convenience: i < 3 ? 'satisfied' : 'dissatisfied' } : undefined,
      channel: i % 3 === 0 ? 'in_person' : 'online',
      createdAt: `2025-05-${String(1 + i).padStart(2, '0')}T02:00:00.000Z`,
    }),
  ),
  // Thừa Thiên Huế → Thành phố Huế: 3 ratings (not yet meaningful), none satisfied.
  ...Array.from({ length: 3 }, (_, i) =>
    makeRating({
      province: '46',
      overall: 'dissatisfied',
      procedureCode: '2.000001',
      createdAt: `2025-06-0${1 + i}T02:00:00.000Z`,
    }),
  ),
  makeRating({ province: undefined, createdAt: '2025-06-20T02:00:00.000Z' }),
];

let engines: StatsEngine[] = [];

beforeAll(async () => {
  engines = await openStatsEngines();
  for (const { storage } of engines) {
    await storage.catalog.upsert(PROCEDURES);
    const results = await storage.ratings.insertBatch(RATINGS.map((r) => incoming(r)));
    expect(results.every((r) => r.status === 'accepted')).toBe(true);
  }
});
afterAll(async () => {
  for (const engine of engines) await engine.dispose();
});

const PERIOD = 'from=2025-04-20&to=2025-06-30';

async function fetchBoth(engine: StatsEngine, query: string) {
  const json = await engine.app.inject({ method: 'GET', url: `/api/stats?${query}` });
  const csv = await engine.app.inject({ method: 'GET', url: `/api/stats.csv?${query}` });
  expect(json.statusCode).toBe(200);
  expect(csv.statusCode).toBe(200);
  return { json: statsResponseSchema.parse(json.json()), csv };
}

/** The row's figure columns read back as numbers, like a spreadsheet would. */
function figureFrom(row: Record<string, string>, prefix = ''): Figure {
  const rate = row[`${prefix}satisfaction_rate`];
  return {
    total: Number(row[`${prefix}total`]),
    counts: Object.fromEntries(
      SATISFACTION_LEVELS.map((l) => [l, Number(row[`${prefix}${l}`])]),
    ) as Figure['counts'],
    satisfactionRate: rate === '' || rate === undefined ? null : Number(rate),
    meaningful: row[`${prefix}meaningful`] === 'true',
  };
}

function expectSameFigure(csv: Figure, json: Figure, what: string) {
  expect([csv.total, csv.counts], what).toEqual([json.total, json.counts]);
  if (json.satisfactionRate === null) expect(csv.satisfactionRate, what).toBeNull();
  else expect(csv.satisfactionRate, what).toBeCloseTo(json.satisfactionRate, 6);
}

describe.each(STATS_DIMENSIONS)('GET /api/stats.csv?by=%s', (by) => {
  it('parses back to the same numbers as the JSON, on every engine', async () => {
    for (const engine of engines) {
      const { json, csv } = await fetchBoth(engine, `by=${by}&${PERIOD}`);
      const bytes = csv.rawPayload;
      expect([...bytes.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
      const [header, ...records] = parseCsv(text.slice(1));
      expect(header?.slice(0, 5)).toEqual(['dimension', 'key', 'label', 'from', 'to']);
      const rows = records.map((r) => {
        expect(r).toHaveLength(header?.length ?? 0);
        return Object.fromEntries((header ?? []).map((name, i) => [name, r[i] ?? '']));
      });
      expect(rows.map((r) => r.key)).toEqual(['all', ...json.groups.map((g) => g.key)]);
      const figures = [json.overall, ...json.groups];
      for (const [i, row] of rows.entries()) {
        const figure = figures[i] as (typeof figures)[number];
        const what = `${engine.name} row ${row.key}`;
        expect(row.dimension).toBe(i === 0 ? 'all' : by);
        expect([row.from, row.to]).toEqual([json.from, json.to]);
        expect(row.label).toBe(i === 0 ? '' : (json.groups[i - 1]?.label ?? ''));
        expectSameFigure(figureFrom(row), figure, what);
        expect(row.meaningful, what).toBe(String(figure.total >= MIN_MEANINGFUL));
        // The JSON carries the same flag (issue 18: only the CSV had it).
        expect(String(figure.meaningful), what).toBe(row.meaningful);
        for (const c of RATING_CRITERIA) {
          expectSameFigure(figureFrom(row, `${c}_`), figure.criteria[c], `${what} ${c}`);
        }
      }
    }
  });
});

describe('GET /api/stats.csv', () => {
  it('keeps Vietnamese names, commas and quotes intact', async () => {
    for (const engine of engines) {
      const provinces = await fetchBoth(engine, `by=province&${PERIOD}`);
      const text = provinces.csv.rawPayload.toString('utf8');
      const rows = parseCsv(text.slice(1));
      const labels = rows.map((r) => r[2]);
      for (const p of PROVINCES) expect(labels).toContain(p.vi);
      expect(labels).toContain('Thành phố Hồ Chí Minh');

      const procedures = await fetchBoth(engine, `by=procedure&${PERIOD}`);
      const procedureRows = parseCsv(procedures.csv.rawPayload.toString('utf8').slice(1));
      expect(procedureRows.find((r) => r[1] === '2.000001')?.[2]).toBe(ODD_NAME);

      const fields = await fetchBoth(engine, `by=field&${PERIOD}`);
      const fieldRows = parseCsv(fields.csv.rawPayload.toString('utf8').slice(1));
      expect(fieldRows.map((r) => r[1])).toContain(ODD_FIELD);
    }
  });

  it('the JSON says what it is: the filters in force, the target with its year and source', async () => {
    for (const engine of engines) {
      const { json } = await fetchBoth(engine, `by=channel&province=79&${PERIOD}`);
      expect(json.filters).toEqual({ province: '79' });
      expect(json.target).toEqual({
        rate: 0.9,
        year: 2025,
        source: expect.stringContaining('942/QĐ-TTg'),
      });
      expect(json.minMeaningful).toBe(MIN_MEANINGFUL);
      // Hồ Chí Minh City in person: 4 ratings, not meaningful; online: 8, not meaningful either.
      expect(json.groups.map((g) => [g.key, g.total, g.meaningful])).toEqual([
        ['online', 8, false],
        ['in_person', 4, false],
        ['kiosk', 0, false],
      ]);
      expect([json.overall.total, json.overall.meaningful]).toEqual([12, true]);
    }
  });

  it('marks groups under 10 ratings as not yet meaningful', async () => {
    for (const engine of engines) {
      const { csv } = await fetchBoth(engine, `by=province&${PERIOD}`);
      const [header, ...rows] = parseCsv(csv.rawPayload.toString('utf8').slice(1));
      const col = (name: string) => header?.indexOf(name) ?? -1;
      const row = (key: string) => rows.find((r) => r[col('key')] === key);
      expect(row('79')?.[col('total')]).toBe('12');
      expect(row('79')?.[col('meaningful')]).toBe('true');
      expect(row('79')?.[col('satisfaction_rate')]).toBe('0.750000');
      expect(row('46')?.[col('total')]).toBe('3');
      expect(row('46')?.[col('meaningful')]).toBe('false');
      expect(row('01')?.[col('satisfaction_rate')]).toBe('');
      expect(row('unspecified')?.[col('total')]).toBe('1');
    }
  });

  it('says what it is: CSV in UTF-8, a file name, the licence, every column documented', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const engine of engines) {
      const { csv } = await fetchBoth(engine, `by=month&${PERIOD}`);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toBe(
        'attachment; filename="dvc-satisfaction-month-2025-04-20-2025-06-30.csv"',
      );
      expect(String(csv.headers.link)).toContain('rel="license"');
      const [header] = parseCsv(csv.rawPayload.toString('utf8').slice(1));
      for (const name of header ?? []) {
        const criterion = RATING_CRITERIA.find((c) => name.startsWith(`${c}_`));
        if (criterion) {
          const suffix = name.slice(criterion.length);
          expect(readme, `README names ${criterion}`).toContain(`\`${criterion}\``);
          expect(readme, `README documents ${name}`).toMatch(
            new RegExp(`\`(<criterion>)?${suffix}\``),
          );
        } else expect(readme, `README documents ${name}`).toContain(`\`${name}\``);
      }
    }
  });
});
