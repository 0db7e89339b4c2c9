import { describe, expect, it } from 'vitest';
import { parseStatsRequest } from '../../../src/domain/stats-period.ts';

// 10:00 on 15 June 2025 in Vietnam: today is 2025-06-15, tomorrow 2025-06-16.
const NOW = new Date('2025-06-15T03:00:00Z');

function issuesOf(query: Record<string, string>) {
  const request = parseStatsRequest(query, NOW);
  return request.ok ? [] : request.issues.map(({ param, code }) => ({ param, code }));
}

function periodOf(query: Record<string, string>) {
  const request = parseStatsRequest(query, NOW);
  if (!request.ok) throw new Error(JSON.stringify(request.issues));
  return request.period;
}

describe('parseStatsRequest: the period', () => {
  it('defaults to the last twelve months, and fills in a missing end', () => {
    expect(periodOf({})).toEqual({ from: '2024-06-16', to: '2025-06-15' });
    expect(periodOf({ from: '2025-01-01' })).toEqual({ from: '2025-01-01', to: '2025-06-15' });
    expect(periodOf({ from: '2025-06-16' })).toEqual({ from: '2025-06-16', to: '2025-06-16' });
    expect(periodOf({ to: '2024-03-31' })).toEqual({ from: '2024-03-31', to: '2024-03-31' });
    expect(periodOf({ to: '2025-06-16' })).toEqual({ from: '2024-06-16', to: '2025-06-16' });
  });

  it('reaches from 2000-01-01 to tomorrow in Vietnam, over at most 120 calendar months', () => {
    expect(periodOf({ from: '2000-01-01', to: '2009-12-31' })).toEqual({
      from: '2000-01-01',
      to: '2009-12-31',
    });
    expect(periodOf({ from: '2015-07-20', to: '2025-06-16' }).to).toBe('2025-06-16');
  });

  it.each([
    [
      { from: '0000-02-01', to: '0000-02-28' },
      [
        { param: 'from', code: 'invalid_date' },
        { param: 'to', code: 'invalid_date' },
      ],
    ],
    [{ to: '9999-12-31' }, [{ param: 'to', code: 'too_late' }]],
    [
      { from: '0001-01-01', to: '9999-12-30' },
      [
        { param: 'from', code: 'too_early' },
        { param: 'to', code: 'too_late' },
      ],
    ],
    [{ from: '2025-02-30' }, [{ param: 'from', code: 'invalid_date' }]],
    [{ to: '2025-13-01' }, [{ param: 'to', code: 'invalid_date' }]],
    [{ from: '1999-12-31' }, [{ param: 'from', code: 'too_early' }]],
    [{ from: '2025-06-17' }, [{ param: 'from', code: 'too_late' }]],
    [{ from: '2025-05-02', to: '2025-05-01' }, [{ param: 'from', code: 'after_to' }]],
    [{ from: '2015-06-01' }, [{ param: 'from', code: 'period_too_long' }]],
    [{ from: '2010-01-31', to: '2020-01-01' }, [{ param: 'from', code: 'period_too_long' }]],
  ])('refuses %j naming the parameter and the reason', (query, expected) => {
    expect(issuesOf(query)).toEqual(expected);
  });

  it('names other parameters with zod’s code', () => {
    expect(issuesOf({ by: 'week', colour: 'red' })).toEqual([
      { param: 'by', code: 'invalid_value' },
      { param: 'colour', code: 'unrecognized_keys' },
    ]);
  });
});
