import type { ProcedureSearch } from '../../../../../src/domain/search/index.ts';
import type { EvalQuery, QueryKind } from './queries.ts';

/** How far down the results a right answer still counts for the reciprocal rank. */
const MRR_DEPTH = 20;

export interface Scores {
  count: number;
  top1: number;
  top5: number;
  mrr: number;
}

export interface Outcome {
  query: EvalQuery;
  /** 1-based rank of the first right answer, or undefined when not in the first MRR_DEPTH. */
  rank: number | undefined;
  first: string | undefined;
}

export function runQueries(search: ProcedureSearch, queries: readonly EvalQuery[]): Outcome[] {
  return queries.map((query) => {
    const found = search.search(query.query).slice(0, MRR_DEPTH);
    const index = found.findIndex((p) => query.expect.includes(p.code));
    return { query, rank: index < 0 ? undefined : index + 1, first: found[0]?.code };
  });
}

export function score(outcomes: readonly Outcome[]): Scores {
  const count = outcomes.length;
  const share = (test: (o: Outcome) => boolean) =>
    count === 0 ? 0 : outcomes.filter(test).length / count;
  return {
    count,
    top1: share((o) => o.rank === 1),
    top5: share((o) => o.rank !== undefined && o.rank <= 5),
    mrr: count === 0 ? 0 : outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / count,
  };
}

export function byKind(outcomes: readonly Outcome[]): Map<QueryKind, Scores> {
  const groups = new Map<QueryKind, Outcome[]>();
  for (const o of outcomes) {
    const list = groups.get(o.query.kind) ?? [];
    list.push(o);
    groups.set(o.query.kind, list);
  }
  return new Map([...groups].map(([kind, list]) => [kind, score(list)]));
}

const pct = (x: number) => `${(100 * x).toFixed(0)}%`.padStart(5);

/** A plain table, one row per group: what the closing note quotes. */
export function formatTable(rows: ReadonlyMap<string, Scores>): string {
  const lines = ['group              n  top-1  top-5   MRR'];
  for (const [name, s] of rows) {
    lines.push(
      `${name.padEnd(16)}${String(s.count).padStart(4)}  ${pct(s.top1)}  ${pct(s.top5)}  ${s.mrr.toFixed(2)}`,
    );
  }
  return lines.join('\n');
}
