import type { z } from 'zod';
import {
  MAX_CLOCK_AHEAD_MS,
  MAX_RATING_AGE_MS,
  ratingSchema,
  type Rating,
  type RatingResult,
} from '../../domain/rating.ts';
import { normalizeInstant } from './content-hash.ts';

export type ItemCheck = { ok: true; rating: Rating } | { ok: false; result: RatingResult };

/** Longest id echoed back for an invalid item (a real id is a 36-character UUID). */
const MAX_ECHOED_ID = 200;
const MAX_DETAIL_ISSUES = 3;
const MAX_PATH_SEGMENT = 40;

/**
 * The id to answer an item under, before it is known to be valid: what was sent, as a string,
 * so the client can match the answer; '' when there was none.
 */
export function echoedId(raw: unknown): string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return '';
  if (!Object.hasOwn(raw, 'id')) return '';
  const id = (raw as { id: unknown }).id;
  if (typeof id === 'string') return id.slice(0, MAX_ECHOED_ID);
  if (typeof id === 'number' || typeof id === 'boolean') return String(id);
  return '';
}

/**
 * Checks one item of a batch on its own: the shared schema, then the device clock. Never
 * throws; a bad item is answered `rejected` without touching the others.
 */
export function checkItem(raw: unknown, now: number): ItemCheck {
  const parsed = ratingSchema.safeParse(raw);
  if (!parsed.success) {
    return invalid(echoedId(raw), describeIssues(parsed.error.issues));
  }
  if (parsed.data.comment?.includes('\u0000')) {
    // PostgreSQL text cannot hold NUL; no keyboard types it. Refused the same on both engines.
    return invalid(parsed.data.id, 'comment: invalid_characters');
  }
  const created = Date.parse(parsed.data.createdAt);
  if (Number.isNaN(created)) {
    // The format is right but the date is not (30 February): no engine could store it.
    return invalid(parsed.data.id, 'createdAt: invalid_date');
  }
  const rating = normalizeRating(parsed.data);
  if (created > now + MAX_CLOCK_AHEAD_MS) {
    return {
      ok: false,
      result: { id: rating.id, status: 'rejected', reason: 'created_in_future' },
    };
  }
  if (created < now - MAX_RATING_AGE_MS) {
    return { ok: false, result: { id: rating.id, status: 'rejected', reason: 'too_old' } };
  }
  return { ok: true, rating };
}

function invalid(id: string, details: string): ItemCheck {
  return { ok: false, result: { id, status: 'rejected', reason: 'invalid', details } };
}

/** The stored form: createdAt as a UTC instant, empty optional texts as absent. */
function normalizeRating(rating: Rating): Rating {
  const normalized: Rating = { ...rating, createdAt: normalizeInstant(rating.createdAt) };
  if (!normalized.comment) delete normalized.comment;
  if (!normalized.dossierCode) delete normalized.dossierCode;
  return normalized;
}

/**
 * "overall: invalid_value; comment: too_big": the fields and zod's issue codes only. Never a
 * message that could quote what was sent (a comment may hold personal data), and path segments
 * are clipped so a hostile key name cannot blow up the answer.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const parts = issues.slice(0, MAX_DETAIL_ISSUES).map((issue) => {
    const path = issue.path.map((segment) => String(segment).slice(0, MAX_PATH_SEGMENT)).join('.');
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.slice(0, MAX_DETAIL_ISSUES).map((k) => k.slice(0, MAX_PATH_SEGMENT));
      return `${path || 'rating'}: unrecognized_keys (${keys.join(', ')})`;
    }
    // Our own refinements (src/domain/rating.ts) carry a fixed identifier, never the input.
    if (issue.code === 'custom') return `${path || 'rating'}: ${issue.message}`;
    return `${path || 'rating'}: ${issue.code}`;
  });
  if (issues.length > MAX_DETAIL_ISSUES) parts.push(`+${issues.length - MAX_DETAIL_ISSUES} more`);
  return parts.join('; ');
}
