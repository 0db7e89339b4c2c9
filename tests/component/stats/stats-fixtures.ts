import { RATING_CRITERIA, type SatisfactionLevel } from '../../../src/domain/rating.ts';
import { parseStatsRequest } from '../../../src/domain/stats-period.ts';
import {
  emptyCounts,
  figureOf,
  type CatalogStatsResponse,
  type StatsDimension,
  type StatsGroup,
  type StatsResponse,
} from '../../../src/domain/stats.ts';

type Counts = [very: number, satisfied: number, dissatisfied: number];

function group(key: string, [vs, s, d]: Counts, label?: string): StatsGroup {
  const criteria = Object.fromEntries(RATING_CRITERIA.map((c) => [c, figureOf(emptyCounts())]));
  return {
    key,
    ...(label ? { label } : {}),
    ...figureOf({ very_satisfied: vs, satisfied: s, dissatisfied: d } satisfies Record<
      SatisfactionLevel,
      number
    >),
    criteria: criteria as StatsGroup['criteria'],
  };
}

function response(by: StatsDimension, groups: StatsGroup[]): StatsResponse {
  const sum = groups.reduce((acc, g) => {
    acc.very_satisfied += g.counts.very_satisfied;
    acc.satisfied += g.counts.satisfied;
    acc.dissatisfied += g.counts.dissatisfied;
    return acc;
  }, emptyCounts());
  const { criteria } = group('x', [0, 0, 0]);
  return {
    by,
    from: '2025-01-01',
    to: '2025-03-31',
    filters: {},
    target: { rate: 0.9, year: 2025, source: 'Quyết định 942/QĐ-TTg' },
    minMeaningful: 10,
    generatedAt: '2025-04-01T02:00:00.000Z',
    groups,
    overall: { ...figureOf(sum), criteria },
  };
}

/**
 * Known figures: Hà Nội 30 ratings (24 satisfied: 80%), Hồ Chí Minh City 4 ratings (not yet
 * meaningful), 34 ratings in all (27 satisfied).
 */
export const KNOWN: Record<StatsDimension, StatsResponse> = {
  province: response('province', [
    group('01', [10, 14, 6], 'Thành phố Hà Nội'),
    group('79', [2, 1, 1], 'Thành phố Hồ Chí Minh'),
  ]),
  month: response('month', [
    group('2025-01', [6, 6, 3]),
    group('2025-02', [3, 2, 0]),
    group('2025-03', [3, 7, 4]),
  ]),
  channel: response('channel', [
    group('online', [8, 10, 4]),
    group('kiosk', [4, 5, 3]),
    group('in_person', [0, 0, 0]),
  ]),
  field: response('field', [group('Hộ tịch', [12, 15, 7])]),
  procedure: response('procedure', [group('1.001193', [12, 15, 7], 'Thủ tục đăng ký khai sinh')]),
  agency: response('agency', [group('Ủy ban nhân dân cấp xã', [12, 15, 7])]),
};

export const KNOWN_CATALOG: CatalogStatsResponse = {
  by: 'province',
  catalogVersion: 3,
  generatedAt: '2025-04-01T02:00:00.000Z',
  target: 1,
  groups: [
    {
      key: 'national',
      total: 4,
      counts: { full: 1, partial: 2, in_person: 1, unknown: 0 },
      fullShare: 0.25,
    },
  ],
  // Two procedures whose level is not known: the share is over the other four.
  overall: { total: 6, counts: { full: 1, partial: 2, in_person: 1, unknown: 2 }, fullShare: 0.25 },
};

/**
 * Serves the known figures for /api/stats?by=… and /api/catalog-stats; 404 elsewhere. A query
 * the server would refuse is answered with its 400.
 */
export function statsServer(requests: string[] = []): typeof fetch {
  return async (input) => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      'http://app.test',
    );
    requests.push(url.pathname + url.search);
    if (url.pathname === '/api/stats') {
      // The server's own check of the query (domain/stats-period.ts), answered as it does.
      const request = parseStatsRequest(Object.fromEntries(url.searchParams), new Date());
      if (!request.ok) {
        const error = { code: 'bad_request', message: 'Invalid', details: request.issues };
        return Response.json({ error }, { status: 400 });
      }
      return Response.json(KNOWN[(url.searchParams.get('by') ?? 'province') as StatsDimension]);
    }
    if (url.pathname === '/api/catalog-stats') return Response.json(KNOWN_CATALOG);
    return Response.json({ error: { code: 'not_found', message: 'Not found' } }, { status: 404 });
  };
}
