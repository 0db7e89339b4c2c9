import { z } from 'zod';
import { isCalendarDay, monthCount, nextDay } from './calendar-day.ts';
import {
  defaultPeriod,
  STATS_MAX_MONTHS,
  statsDayOf,
  statsQuerySchema,
  type StatsPeriodIssue,
  type StatsQuery,
} from './stats.ts';

/** One refused query parameter, as `details[]` of the 400 (the dashboard translates `code`). */
export interface QueryIssue {
  param: string;
  /** One of STATS_PERIOD_ISSUES for a date, else zod's issue code (invalid_value…). */
  code: StatsPeriodIssue | (string & {});
  message: string;
}

/** The `details` of a 400 from the stats routes, as a client reads them. */
export const queryIssuesSchema = z.array(
  z.object({ param: z.string(), code: z.string(), message: z.string().optional() }),
);

export interface StatsPeriod {
  from: string;
  to: string;
}

export type StatsRequest =
  { ok: true; query: StatsQuery; period: StatsPeriod } | { ok: false; issues: QueryIssue[] };

/** A zod issue as a detail; our own refinements carry their code (invalid_date, too_early…). */
export function queryIssuesOf(error: z.ZodError): QueryIssue[] {
  return error.issues.map((issue) => {
    const ownCode = issue.code === 'custom' ? issue.params?.code : undefined;
    return {
      param:
        issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(',') : ''),
      code: typeof ownCode === 'string' ? ownCode : issue.code,
      message: issue.message,
    };
  });
}

/** The last day a period may reach: tomorrow in Vietnam (a device clock a little ahead). */
export function latestStatsDay(now: Date): string {
  return nextDay(statsDayOf(now));
}

/** `from` or `to` after tomorrow: a calendar day, but one the span does not reach yet. */
function lateIssues(raw: unknown, now: Date): QueryIssue[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const latest = latestStatsDay(now);
  return (['from', 'to'] as const).flatMap((param) => {
    const day: unknown = (raw as Record<string, unknown>)[param];
    return typeof day === 'string' && isCalendarDay(day) && day > latest
      ? [{ param, code: 'too_late', message: `must not be after ${latest}` }]
      : [];
  });
}

/**
 * GET /api/stats's query (issue 10): the parameters checked, the period's defaults filled in
 * (the last 12 months; a lone `from` runs to today, a lone `to` covers up to 12 months before
 * it), and the period held to the documented span — from 2000-01-01, to tomorrow at the
 * latest, at most 120 calendar months. Every refused parameter is named, with its reason.
 */
export function parseStatsRequest(raw: unknown, now: Date): StatsRequest {
  const parsed = statsQuerySchema.safeParse(raw);
  const issues = [...(parsed.success ? [] : queryIssuesOf(parsed.error)), ...lateIssues(raw, now)];
  if (!parsed.success || issues.length > 0) return { ok: false, issues };
  const query = parsed.data;
  const fallback = defaultPeriod(now);
  const from = query.from ?? (query.to && query.to < fallback.from ? query.to : fallback.from);
  const to = query.to ?? (from > fallback.to ? from : fallback.to);
  if (monthCount(from, to) > STATS_MAX_MONTHS) {
    // Only a given `from` can make a period this long: the defaults span 13 months at most.
    const message = `the period ${from}…${to} spans more than ${STATS_MAX_MONTHS} calendar months`;
    return { ok: false, issues: [{ param: 'from', code: 'period_too_long', message }] };
  }
  return { ok: true, query, period: { from, to } };
}
