import { vi } from 'vitest';
import type { Rating, RatingResult } from '../../../../src/domain/rating.ts';

export interface SeenRequest {
  ratings: Rating[];
  headers: Record<string, string>;
}

type Answer = RatingResult['status'] | { status: 'rejected'; reason: RatingResult['reason'] };

/**
 * A stand-in for POST /api/ratings: `decide` answers each rating (default: accepted), or
 * `respond` takes over the whole request. Records every request it saw.
 */
export function fakeRatingsServer(
  options: {
    decide?: (rating: Rating) => Answer;
    respond?: (ratings: Rating[]) => Response | Promise<Response | undefined> | undefined;
  } = {},
) {
  const requests: SeenRequest[] = [];
  const fetch = vi.fn<typeof globalThis.fetch>(async (_input, init) => {
    const body = JSON.parse(String(init?.body)) as { ratings: Rating[] };
    requests.push({
      ratings: body.ratings,
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
    });
    const custom = await options.respond?.(body.ratings);
    if (custom) return custom;
    const results = body.ratings.map((rating) => {
      const answer = options.decide?.(rating) ?? 'accepted';
      return typeof answer === 'string'
        ? { id: rating.id, status: answer }
        : { id: rating.id, ...answer };
    });
    return Response.json({ results });
  });
  return { fetch, requests };
}

export function httpError(status: number, headers: Record<string, string> = {}): Response {
  return Response.json(
    { error: { code: `http_${status}`, message: 'refused' } },
    { status, headers },
  );
}
