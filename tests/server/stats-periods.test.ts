import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/domain/api-error.ts';
import { addMonths, monthCount, nextDay } from '../../src/domain/calendar-day.ts';
import { PROVINCE_CODES } from '../../src/domain/provinces.ts';
import {
  STATS_DIMENSIONS,
  STATS_FIRST_DAY,
  statsDayOf,
  statsResponseSchema,
} from '../../src/domain/stats.ts';
import { createTestDatabase } from './support/databases.ts';
import { spawnServer, type ServerProcess } from './support/server-process.ts';
import { makeTempDir } from './support/storage.ts';

/**
 * Issue 10 item 1: no stats query can hang the server. A period of year 0 used to spin the
 * event loop forever, 9999-12-31 answered 500, and 0001…9999 by month took 35 s and 2.6 GB.
 *
 * The real server runs as its own process on each engine and is reached over real sockets: a
 * server that blocks its event loop then fails these tests through the per-request timeout
 * (with `inject`, or a server in this process, a blocked loop would freeze the test itself).
 * The timeout bounds a hang; it does not measure speed.
 */

const ANSWER_TIMEOUT_MS = 10_000;

interface Engine {
  name: string;
  server: ServerProcess;
  dispose(): Promise<void>;
}

let engines: Engine[] = [];

beforeAll(async () => {
  const env = { STATS_RATE_LIMIT_PER_MINUTE: '1000000' };
  const sqliteDir = makeTempDir('dvc-stats-periods-');
  const sqlite = await spawnServer(sqliteDir.dir, env);
  engines = [
    {
      name: 'SQLite',
      server: sqlite,
      async dispose() {
        await sqlite.signal('SIGKILL');
        sqliteDir.cleanup();
      },
    },
  ];
  const database = await createTestDatabase();
  if (database) {
    const pgDir = makeTempDir('dvc-stats-periods-pg-');
    const postgres = await spawnServer(pgDir.dir, { ...env, DATABASE_URL: database.url });
    engines.push({
      name: 'PostgreSQL',
      server: postgres,
      async dispose() {
        // SIGKILL: a server stuck in a loop never runs its SIGTERM handler.
        await postgres.signal('SIGKILL');
        await database.drop();
        pgDir.cleanup();
      },
    });
  } else {
    console.warn('[stats-periods] PostgreSQL absent: ran against SQLite only');
  }
}, 180_000);

afterAll(async () => {
  for (const engine of engines) await engine.dispose();
});

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

/** One GET over a real socket; no answer within the bound fails the test, naming the URL. */
async function get(base: string, path: string): Promise<Answer> {
  let response: Response;
  try {
    response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS) });
  } catch (error) {
    throw new Error(`no answer within ${ANSWER_TIMEOUT_MS / 1000} s: GET ${path.slice(0, 200)}`, {
      cause: error,
    });
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    body: await response.text(),
  };
}

/** Sends the requests at once and, while they are in flight, asks for /api/health. */
async function withHealthDuring(base: string, paths: readonly string[]): Promise<Answer[]> {
  const answers = Promise.all(paths.map((path) => get(base, path)));
  // A turn of this process's loop later, so the health check queues behind the queries.
  await new Promise((resolve) => setImmediate(resolve));
  const health = await get(base, '/api/health');
  expect(health.status, 'GET /api/health while the stats queries run').toBe(200);
  return answers;
}

function today(): string {
  return statsDayOf(new Date());
}

function expect400Naming(answer: Answer, params: readonly string[], what: string) {
  expect(answer.status, `${what}: ${answer.body.slice(0, 300)}`).toBe(400);
  expect(answer.contentType).toMatch(/^application\/json/);
  const { error } = apiErrorSchema.parse(JSON.parse(answer.body));
  expect(error.code).toBe('bad_request');
  const named = (error.details as { param: string }[]).map((d) => d.param);
  for (const param of params) expect(named, what).toContain(param);
}

describe('GET /api/stats: the periods of issue 10 answer 400 at once, and health answers', () => {
  const CASES: [query: string, params: string[]][] = [
    ['from=0000-02-01&to=0000-02-28', ['from', 'to']],
    ['to=9999-12-31', ['to']],
    ['by=month&from=0001-01-01&to=9999-12-30', ['from', 'to']],
  ];

  it.each(CASES)('?%s on every engine and route', async (query, params) => {
    for (const { name, server } of engines) {
      const paths = ['/api/stats', '/api/stats.csv'].map((route) => `${route}?${query}`);
      const answers = await withHealthDuring(server.url, paths);
      for (const [i, answer] of answers.entries()) {
        expect400Naming(answer, params, `${name} ${paths[i]}`);
      }
    }
  });

  it('answers 400 for a day that is not in the calendar, and for periods out of the span', async () => {
    const tomorrow = nextDay(today());
    const cases: [string, string[]][] = [
      ['from=2025-02-30', ['from']],
      ['to=2023-02-29', ['to']],
      ['from=1999-12-31&to=2000-01-31', ['from']],
      [`to=${nextDay(tomorrow)}`, ['to']],
      [`from=${nextDay(tomorrow)}`, ['from']],
      // 121 calendar months: one more than the span allows.
      ['by=month&from=2010-01-01&to=2020-01-01', ['from']],
      ['from=2005-01-01', ['from']],
    ];
    for (const { name, server } of engines) {
      const answers = await withHealthDuring(
        server.url,
        cases.map(([query]) => `/api/stats?${query}`),
      );
      for (const [i, answer] of answers.entries()) {
        const [query, params] = cases[i] as [string, string[]];
        expect400Naming(answer, params, `${name} ?${query}`);
      }
    }
  });

  it('answers the edges of the span: 2000-01-01, tomorrow, 120 months by month', async () => {
    const tomorrow = nextDay(today());
    for (const { name, server } of engines) {
      const queries = [
        `by=month&from=${STATS_FIRST_DAY}&to=2009-12-31`,
        `by=month&from=2010-01-15&to=2019-12-31`,
        `by=procedure&from=${addMonths(tomorrow, -119).slice(0, 7)}-01&to=${tomorrow}`,
        `from=${tomorrow}`,
        `to=${STATS_FIRST_DAY}`,
      ];
      const answers = await withHealthDuring(
        server.url,
        queries.map((q) => `/api/stats?${q}`),
      );
      for (const [i, answer] of answers.entries()) {
        expect(answer.status, `${name} ?${queries[i]}: ${answer.body.slice(0, 300)}`).toBe(200);
        const stats = statsResponseSchema.parse(JSON.parse(answer.body));
        expect(monthCount(stats.from, stats.to)).toBeLessThanOrEqual(120);
      }
    }
  });
});

/* Random queries: hostile dates, garbage, every route and dimension, filters. */

const hostileDay = fc.constantFrom(
  '0000-01-31',
  '0000-02-01',
  '0000-02-28',
  '0000-02-29',
  '0001-01-01',
  '0099-12-31',
  '1900-02-29',
  '1999-12-31',
  '2000-01-01',
  '2000-02-29',
  '2024-02-29',
  '2025-02-29',
  '2025-02-30',
  '2025-04-31',
  '9999-12-30',
  '9999-12-31',
  '2025-1-1',
  '+002025-01-01',
  '２０２５-01-01',
  '2025-01-01T00:00:00Z',
  'yesterday',
  '',
  '-1',
  '1e9',
);
const anyDay = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
  )
  .map(
    ([y, m, d]) =>
      `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  );
const recentDay = fc
  .date({
    min: new Date('1998-01-01T00:00:00Z'),
    max: new Date(Date.now() + 3 * 86_400_000),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const dayParam = fc.oneof(
  { arbitrary: hostileDay, weight: 4 },
  { arbitrary: anyDay, weight: 2 },
  { arbitrary: recentDay, weight: 3 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 1 },
);

/** Mostly absent or valid, sometimes garbage: so that the dates are what decides the answer. */
function param<T>(valid: fc.Arbitrary<T>, garbage: fc.Arbitrary<string>) {
  return fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 5 },
    { arbitrary: valid, weight: 4 },
    { arbitrary: garbage, weight: 1 },
  );
}

const query = fc.record({
  by: param(fc.constantFrom(...STATS_DIMENSIONS), fc.string({ maxLength: 20 })),
  from: fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 1 },
    { arbitrary: dayParam, weight: 4 },
  ),
  to: fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 1 },
    { arbitrary: dayParam, weight: 4 },
  ),
  procedure: param(
    fc.constantFrom('1.001193', '2.000001', '0.000000'),
    fc.string({ maxLength: 20 }),
  ),
  province: param(fc.constantFrom(...PROVINCE_CODES, 'unspecified'), fc.string({ maxLength: 5 })),
  channel: param(fc.constantFrom('online', 'in_person', 'kiosk'), fc.string({ maxLength: 10 })),
  field: param(fc.constantFrom('Hộ tịch', 'Đất đai'), fc.string({ maxLength: 400 })),
  x: fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 9 },
    { arbitrary: fc.string(), weight: 1 },
  ),
});
const request = fc
  .tuple(
    fc.oneof(
      { arbitrary: fc.constantFrom('/api/stats', '/api/stats.csv'), weight: 9 },
      { arbitrary: fc.constant('/api/catalog-stats'), weight: 1 },
    ),
    query,
  )
  .map(([path, params]) => {
    const present = Object.entries(params).filter(([, v]) => v !== undefined) as string[][];
    return `${path}?${new URLSearchParams(present).toString()}`;
  });

describe('GET /api/stats: random queries (property)', () => {
  it('every query is answered, never with a 5xx, and health answers meanwhile', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(request, { minLength: 8, maxLength: 8 }), async (paths) => {
        for (const { name, server } of engines) {
          const answers = await withHealthDuring(server.url, paths);
          for (const [i, answer] of answers.entries()) {
            const what = `${name} GET ${paths[i]}: ${answer.body.slice(0, 300)}`;
            expect([200, 400], what).toContain(answer.status);
            statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
            if (answer.status === 400) {
              expect(apiErrorSchema.safeParse(JSON.parse(answer.body)).success, what).toBe(true);
            } else if (paths[i]?.startsWith('/api/stats?')) {
              // An accepted period lies in the documented span.
              const stats = statsResponseSchema.parse(JSON.parse(answer.body));
              expect(stats.from >= STATS_FIRST_DAY, what).toBe(true);
              expect(stats.to <= nextDay(today()) && stats.from <= stats.to, what).toBe(true);
              expect(monthCount(stats.from, stats.to), what).toBeLessThanOrEqual(120);
            }
          }
        }
      }),
      // No shrinking past the first failure: a hang costs 10 s per attempt.
      { numRuns: 60, endOnFailure: true },
    );
    // Every request answered, and both kinds of answer were among them.
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(60 * 8 * engines.length);
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(0);
  }, 300_000);
});
