import { PROVINCES } from '../../../src/domain/provinces.ts';
import {
  RATING_CRITERIA,
  SATISFACTION_LEVELS,
  type Rating,
  type SatisfactionLevel,
} from '../../../src/domain/rating.ts';

/**
 * Valid, varied ratings as devices send them: mostly satisfied, some with criteria, a comment
 * or a dossier code, spread over the provinces and the past `days` days. Kiosk ratings need a
 * paired kiosk's token, so only the online and in-person channels are made here. Runs in Node
 * and in the bench pages (Web Crypto's randomUUID exists in both).
 */
export function makeRatings(
  count: number,
  procedureCodes: readonly string[],
  options: { days?: number; tag?: string; now?: Date } = {},
): Rating[] {
  const days = options.days ?? 300;
  const now = (options.now ?? new Date()).getTime();
  const tag = options.tag ?? crypto.randomUUID().slice(0, 8);
  const ratings: Rating[] = [];
  for (let i = 0; i < count; i += 1) {
    const r = Math.random();
    const overall: SatisfactionLevel =
      r < 0.55 ? 'very_satisfied' : r < 0.9 ? 'satisfied' : 'dissatisfied';
    const rating: Rating = {
      id: crypto.randomUUID(),
      procedureCode: procedureCodes[i % procedureCodes.length] as string,
      overall,
      channel: i % 3 === 0 ? 'in_person' : 'online',
      // An hour of margin keeps the oldest well inside the server's one-year limit.
      createdAt: new Date(
        now - 3_600_000 - Math.floor(Math.random() * days * 86_400_000),
      ).toISOString(),
      locale: i % 10 === 0 ? 'en' : 'vi',
    };
    if (i % 7 !== 0) rating.province = PROVINCES[i % PROVINCES.length]?.code;
    if (i % 2 === 0) {
      rating.criteria = Object.fromEntries(
        RATING_CRITERIA.slice(0, 3 + (i % 4)).map((c, k) => [c, SATISFACTION_LEVELS[(i + k) % 3]]),
      );
    }
    if (i % 5 === 0) rating.comment = 'Cán bộ hướng dẫn tận tình, thủ tục nhanh gọn.';
    if (i % 4 === 0) rating.dossierCode = `BENCH-${tag}-${i}`;
    ratings.push(rating);
  }
  return ratings;
}

/** Splits into request bodies of `size` ratings, serialised ahead of time (not timed). */
export function toBatchBodies(ratings: readonly Rating[], size: number): string[] {
  const bodies: string[] = [];
  for (let i = 0; i < ratings.length; i += size) {
    bodies.push(JSON.stringify({ ratings: ratings.slice(i, i + size) }));
  }
  return bodies;
}

/** The codes of the catalogue a server serves (ratings for unknown codes are rejected). */
export async function servedProcedureCodes(serverUrl: string): Promise<string[]> {
  const response = await fetch(`${serverUrl}/api/catalog`);
  if (!response.ok) throw new Error(`GET /api/catalog answered ${response.status}`);
  const body = (await response.json()) as { procedures: { code: string }[] };
  return body.procedures.map((p) => p.code);
}
