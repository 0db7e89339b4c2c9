import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli-process.ts';
import { makeRating } from './support/rating-fixtures.ts';
import { spawnServer, type ServerProcess } from './support/server-process.ts';
import { makeTempDir } from './support/storage.ts';

/**
 * Issue 21 as an operator meets it: the start-up banner, the log lines worth reading, and the
 * metrics after some traffic. Real server processes over real SQLite files.
 */
const ADMIN_TOKEN = 'ops-test-token-0123456789';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(),
      );
    });
  });
}

function jsonLines(output: string): Record<string, unknown>[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function metricValue(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return Number(line?.slice(series.length + 1) ?? NaN);
}

describe('a server in JSON logs, after some traffic', () => {
  const temp = makeTempDir('dvc-ops-');
  const appDir = path.join(temp.dir, 'app');
  let server: ServerProcess;
  let metricsPort: number;
  let lines: Record<string, unknown>[] = [];
  let scrape = '';
  let portScrape = '';
  const statuses: Record<string, number> = {};

  beforeAll(async () => {
    mkdirSync(path.join(appDir, 'assets'), { recursive: true });
    writeFileSync(path.join(appDir, 'index.html'), '<!doctype html><title>DVC</title>');
    writeFileSync(path.join(appDir, 'assets', 'app-1234.js'), 'console.log(1)');
    metricsPort = await freePort();
    server = await spawnServer(path.join(temp.dir, 'data'), {
      LOG_LEVEL: 'info',
      ADMIN_TOKEN,
      APP_DIR: appDir,
      RATE_LIMIT_PER_MINUTE: '2',
      METRICS_PORT: String(metricsPort),
    });
    const post = (body: unknown) =>
      fetch(`${server.url}/api/ratings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then((r) => r.status);
    // Made on a device an hour ago, synced now.
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    const ratings = [
      makeRating({ createdAt: hourAgo }),
      makeRating(),
      makeRating({ procedureCode: '9.999999' }),
    ];
    statuses.first = await post({ ratings });
    statuses.resent = await post({ ratings: ratings.slice(0, 2) });
    for (let i = 0; i < 3; i += 1) statuses[`flood${i}`] = await post({ ratings });
    for (const page of ['/', '/assets/app-1234.js', '/procedures/1.001193']) {
      expect((await fetch(`${server.url}${page}`)).status).toBe(200);
    }
    statuses.metricsWithoutToken = (await fetch(`${server.url}/metrics`)).status;
    const scraped = await fetch(`${server.url}/metrics`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    statuses.metrics = scraped.status;
    statuses.contentType = scraped.headers.get('content-type')?.startsWith('text/plain') ? 1 : 0;
    scrape = await scraped.text();
    portScrape = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    expect(await server.signal('SIGTERM')).toEqual({ code: 0, signal: null });
    lines = jsonLines(server.output());
  }, 120_000);
  afterAll(async () => {
    await server?.signal('SIGKILL');
    temp.cleanup();
  });

  it('says at start what it serves, where, and what to do next', () => {
    const started = lines.find((l) => l.msg === 'server started');
    expect(started).toMatchObject({
      url: `${server.url}/`,
      storage: 'sqlite',
      location: path.join(temp.dir, 'data', 'dvc.sqlite'),
      procedures: 159,
      isSeedOnly: true,
      adminRoutes: true,
      metricsPort,
      limits: { ratingsPerMinute: 2, statsPerMinute: 120 },
    });
    expect(String(started?.hint)).toContain('npm run catalog:import');
    // A first start on an empty DATA_DIR ran every migration, each said once.
    const migrations = lines.filter((l) => l.msg === 'schema migration applied');
    expect(migrations.map((l) => l.migration)).toEqual(
      [...Array(migrations.length).keys()].map((i) => i + 1),
    );
    expect(migrations.length).toBeGreaterThanOrEqual(8);
  });

  it('logs one compact line per API request and none at info for the app files', () => {
    const requests = lines.filter((l) => l.msg === 'request');
    const ratingPosts = requests.filter((l) => l.route === '/api/ratings');
    expect(ratingPosts.map((l) => l.status)).toEqual([200, 200, 429, 429, 429]);
    for (const line of requests) {
      expect(Object.keys(line).sort()).toEqual(
        [
          'hostname',
          'level',
          'method',
          'ms',
          'msg',
          'pid',
          'reqId',
          'route',
          'status',
          'time',
        ].sort(),
      );
    }
    expect(requests.some((l) => String(l.route).startsWith('/assets') || l.route === '/*')).toBe(
      false,
    );
    expect(lines.some((l) => l.msg === 'incoming request' || l.msg === 'request completed')).toBe(
      false,
    );
  });

  it('warns once when a limit trips, however many requests it refuses', () => {
    const trips = lines.filter((l) => l.msg === 'limit tripped: requests refused');
    expect(trips).toHaveLength(1);
    expect(trips[0]).toMatchObject({ level: 40, limit: 'ratings_per_minute', perMinute: 2 });
  });

  it('serves /metrics only with the operator token, or on METRICS_PORT', () => {
    expect(statuses.metricsWithoutToken).toBe(401);
    expect(statuses.metrics).toBe(200);
    expect(statuses.contentType).toBe(1);
    expect(portScrape).toContain('dvc_ratings_total');
  });

  it('counts ratings by result and reason, batches, limit trips and latency by route', () => {
    const ratings = (result: string, reason = '') =>
      metricValue(scrape, `dvc_ratings_total{result="${result}",reason="${reason}"}`);
    expect(ratings('accepted')).toBe(2);
    expect(ratings('duplicate')).toBe(2);
    expect(ratings('rejected', 'unknown_procedure')).toBe(1);
    expect(metricValue(scrape, 'dvc_rating_batches_total{status_code="200"}')).toBe(2);
    expect(metricValue(scrape, 'dvc_rating_batches_total{status_code="429"}')).toBe(3);
    expect(metricValue(scrape, 'dvc_limit_trips_total{limit="ratings_per_minute"}')).toBe(3);
    expect(
      metricValue(
        scrape,
        'dvc_http_request_duration_seconds_count{method="POST",route="/api/ratings",status_code="200"}',
      ),
    ).toBe(2);
  });

  it('reports the sync lag, the catalogue and the database size', () => {
    // The resent batch accepted nothing: the lag is still the first batch's oldest rating's.
    expect(metricValue(scrape, 'dvc_sync_lag_seconds')).toBeGreaterThanOrEqual(3600);
    expect(metricValue(scrape, 'dvc_catalog_version')).toBe(1);
    expect(metricValue(scrape, 'dvc_catalog_procedures')).toBe(159);
    expect(metricValue(scrape, 'dvc_database_size_bytes')).toBeGreaterThan(100_000);
  });
});

describe('a server at a terminal', () => {
  it('prints the banner and readable lines instead of JSON', async () => {
    const temp = makeTempDir('dvc-ops-pretty-');
    try {
      const server = await spawnServer(temp.dir, { LOG_LEVEL: 'info', LOG_FORMAT: 'pretty' });
      await fetch(`${server.url}/api/catalog/1.001193`);
      await server.signal('SIGTERM');
      const output = server.output();
      expect(output).toContain(`DVC is ready at ${server.url}/`);
      expect(output).toContain(`Storage    SQLite, ${path.join(temp.dir, 'dvc.sqlite')}`);
      expect(output).toContain('159 seed procedures only');
      expect(output).toContain('npm run catalog:import --');
      expect(output).toContain('Admin      operator routes off');
      expect(output).toMatch(/INFO.*request.*"route":"\/api\/catalog\/:code","status":200/);
      expect(output.split('\n').filter((line) => line.startsWith('{'))).toEqual([]);
    } finally {
      temp.cleanup();
    }
  });
});

describe('the import command', () => {
  it('leaves one "catalogue import finished" line in the log', async () => {
    const temp = makeTempDir('dvc-ops-import-');
    try {
      const file = path.join(temp.dir, 'broken.jsonl');
      writeFileSync(file, '{"not": "a procedure"}\n');
      const run = await runCli(['import', file], {
        dataDir: path.join(temp.dir, 'data'),
        timeoutMs: 60_000,
        env: { LOG_LEVEL: 'info', LOG_FORMAT: 'json' },
      });
      expect(run.code).toBe(1);
      const finished = jsonLines(run.output).find((l) => l.msg === 'catalogue import finished');
      expect(finished).toMatchObject({ level: 40, exitCode: 1, catalogVersion: null });
    } finally {
      temp.cleanup();
    }
  });
});
