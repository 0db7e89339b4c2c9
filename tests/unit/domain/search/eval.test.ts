import { beforeAll, describe, expect, it } from 'vitest';
import { buildProcedureSearch, type ProcedureSearch } from '../../../../src/domain/search/index.ts';
import { byKind, formatTable, runQueries, score, type Outcome } from './eval/evaluate.ts';
import { EVAL_QUERIES, type QueryKind } from './eval/queries.ts';
import { hasPortalData, loadRealCatalog } from './eval/real-catalog.ts';

/**
 * Floors under what the index reaches on the real catalogue (issue 13's "done when": top-1
 * ≥ 90% on the never-tuned part and ≥ 80% on every citizen kind); they catch a regression and
 * are raised when the index gets better.
 */
const FLOORS: {
  tuned: number;
  heldOut: number;
  untuned: number;
  kinds: Partial<Record<QueryKind, number>>;
} = {
  tuned: 0.93,
  heldOut: 0.93,
  untuned: 0.9,
  kinds: {
    official: 0.95,
    'no-diacritics': 0.95,
    short: 0.88,
    colloquial: 0.92,
    english: 0.95,
    'extra-words': 0.85,
    misspelling: 0.88,
    code: 0.95,
  },
};

describe('the evaluation set itself', () => {
  it('has at least 200 queries, a held-out part, and every code well formed', () => {
    expect(EVAL_QUERIES.length).toBeGreaterThanOrEqual(200);
    expect(EVAL_QUERIES.filter((q) => q.heldOut).length).toBeGreaterThanOrEqual(50);
    expect(EVAL_QUERIES.filter((q) => q.untuned).length).toBeGreaterThanOrEqual(50);
    const texts = EVAL_QUERIES.map((q) => q.query);
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
    for (const q of EVAL_QUERIES) {
      expect(q.expect.length).toBeGreaterThan(0);
      for (const code of q.expect) expect(code).toMatch(/^\d\.\d{6}$/);
    }
  });
});

describe.runIf(hasPortalData)('search over the real catalogue (evaluation set)', () => {
  let search: ProcedureSearch;
  let outcomes: Outcome[];

  beforeAll(async () => {
    const procedures = await loadRealCatalog();
    search = buildProcedureSearch(procedures);
    outcomes = runQueries(search, EVAL_QUERIES);
  }, 120_000);

  it('knows every expected code (the set names real procedures)', () => {
    const missing = EVAL_QUERIES.flatMap((q) => q.expect).filter((c) => !search.byCode.has(c));
    expect(missing).toEqual([]);
  });

  it('reaches its floors per kind and on the tuned and held-out parts', () => {
    const tuned = score(outcomes.filter((o) => !o.query.heldOut));
    const heldOut = score(outcomes.filter((o) => o.query.heldOut && !o.query.untuned));
    const untunedOutcomes = outcomes.filter((o) => o.query.untuned);
    const untuned = score(untunedOutcomes);
    const kinds = byKind(outcomes);
    const rows = new Map([
      ...kinds,
      ['(tuned)', tuned],
      ['(held out)', heldOut],
      ['(never tuned)', untuned],
      ['(all)', score(outcomes)],
    ]);
    const untunedRows = byKind(untunedOutcomes);
    const misses = outcomes
      .filter((o) => o.rank !== 1 && !o.query.heldOut)
      .map(
        (o) =>
          `  ${o.query.kind}: "${o.query.query}" → ${o.first ?? '-'} (right at ${o.rank ?? '>20'})`,
      );
    process.stdout.write(
      `\nAll queries, by kind:\n${formatTable(rows)}\n\nThe never-tuned part, by kind:\n` +
        `${formatTable(untunedRows)}\n\nTuned misses:\n${misses.join('\n')}\n`,
    );

    expect(tuned.top1).toBeGreaterThanOrEqual(FLOORS.tuned);
    expect(heldOut.top1).toBeGreaterThanOrEqual(FLOORS.heldOut);
    expect(untuned.top1).toBeGreaterThanOrEqual(FLOORS.untuned);
    const below = Object.entries(FLOORS.kinds)
      .filter(([kind, floor]) => (kinds.get(kind as QueryKind)?.top1 ?? 0) < floor)
      .map(([kind, floor]) => `${kind}: top-1 below ${floor}`);
    expect(below).toEqual([]);
  });
});
