import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { PROVINCES } from '../../../src/domain/provinces.ts';
import {
  RATING_CHANNELS,
  RATING_CRITERIA,
  SATISFACTION_LEVELS,
  type SatisfactionLevel,
} from '../../../src/domain/rating.ts';
import type { Procedure } from '../../../src/domain/procedure.ts';
import type { StatsDimension } from '../../../src/domain/stats.ts';
import { makeProcedure } from './procedures.ts';

/**
 * A deliberately naive model of GET /api/stats: it walks every rating one by one, with none of
 * the rollups, segments or key mappers of src/server/stats/. Tests compare the API with it.
 */

export interface RatingFacts {
  procedureCode: string;
  overall: SatisfactionLevel;
  criteria?: Partial<Record<string, SatisfactionLevel>> | null;
  province?: string | null;
  channel: string;
  createdAt: string;
}

export interface CatalogFacts {
  nameVi: string;
  fields: readonly string[];
  agencies: readonly string[];
}

/** What the reference count needs of each procedure, by code. */
export function catalogFacts(procedures: readonly Procedure[]): Map<string, CatalogFacts> {
  return new Map(
    procedures.map((p) => [p.code, { nameVi: p.name.vi, fields: p.fields, agencies: p.agencies }]),
  );
}

/** Two procedures, one of them in two fields: what the migration tests store ratings for. */
export const UPGRADE_PROCEDURES = [
  makeProcedure('1.001193', { fields: ['Hộ tịch'], agencies: ['Ủy ban nhân dân cấp xã'] }),
  makeProcedure('2.000001', { fields: ['Xây dựng', 'Quy hoạch'], agencies: ['Sở Xây dựng'] }),
];

export interface ModelQuery {
  by: StatsDimension;
  from: string;
  to: string;
  procedure?: string;
  province?: string;
  channel?: string;
  field?: string;
}

export interface ModelFigure {
  total: number;
  counts: Record<SatisfactionLevel, number>;
  satisfactionRate: number | null;
  /** The published "meaningful" flag: at least 10 ratings (DESIGN.md §1). */
  meaningful: boolean;
  criteria: Record<string, Omit<ModelFigure, 'criteria'>>;
}

export interface ModelGroup extends ModelFigure {
  key: string;
  label?: string;
}

/** The rating's day in Vietnam (UTC+7, no daylight saving). */
export function vietnamDay(createdAt: string): string {
  return new Date(Date.parse(createdAt) + 7 * 3_600_000).toISOString().slice(0, 10);
}

function emptyFigure(): ModelFigure {
  const zero = () => ({ very_satisfied: 0, satisfied: 0, dissatisfied: 0 });
  return {
    total: 0,
    counts: zero(),
    satisfactionRate: null,
    meaningful: false,
    criteria: Object.fromEntries(
      RATING_CRITERIA.map((c) => [
        c,
        { total: 0, counts: zero(), satisfactionRate: null, meaningful: false },
      ]),
    ),
  };
}

function add(figure: ModelFigure, rating: RatingFacts): void {
  figure.total += 1;
  figure.counts[rating.overall] += 1;
  for (const [criterion, level] of Object.entries(rating.criteria ?? {})) {
    const c = figure.criteria[criterion];
    if (!c || !level) continue;
    c.total += 1;
    c.counts[level] += 1;
  }
}

function finish(figure: ModelFigure): ModelFigure {
  const rate = (f: Omit<ModelFigure, 'criteria'>) =>
    f.total === 0 ? null : (f.counts.very_satisfied + f.counts.satisfied) / f.total;
  figure.satisfactionRate = rate(figure);
  figure.meaningful = figure.total >= 10;
  for (const c of Object.values(figure.criteria)) {
    c.satisfactionRate = rate(c);
    c.meaningful = c.total >= 10;
  }
  return figure;
}

function monthsFromTo(from: string, to: string): string[] {
  const months: string[] = [];
  const cursor = new Date(`${from.slice(0, 7)}-01T00:00:00Z`);
  while (cursor.toISOString().slice(0, 7) <= to.slice(0, 7)) {
    months.push(cursor.toISOString().slice(0, 7));
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return months;
}

/** Groups and overall figure the API should answer for `query` over `ratings`. */
export function modelStats(
  ratings: readonly RatingFacts[],
  catalog: ReadonlyMap<string, CatalogFacts>,
  query: ModelQuery,
): { groups: ModelGroup[]; overall: ModelFigure } {
  const groups = new Map<string, ModelFigure>();
  if (query.by === 'province') {
    for (const p of PROVINCES)
      if (!query.province || query.province === p.code) groups.set(p.code, emptyFigure());
  }
  if (query.by === 'channel') {
    for (const c of RATING_CHANNELS)
      if (!query.channel || query.channel === c) groups.set(c, emptyFigure());
  }
  if (query.by === 'month') {
    for (const m of monthsFromTo(query.from, query.to)) groups.set(m, emptyFigure());
  }
  const overall = emptyFigure();
  for (const rating of ratings) {
    const day = vietnamDay(rating.createdAt);
    if (day < query.from || day > query.to) continue;
    const province = rating.province ?? 'unspecified';
    if (query.procedure && rating.procedureCode !== query.procedure) continue;
    if (query.province && province !== query.province) continue;
    if (query.channel && rating.channel !== query.channel) continue;
    const facts = catalog.get(rating.procedureCode);
    if (query.field && !facts?.fields.includes(query.field)) continue;
    add(overall, rating);
    const orUnspecified = (values: readonly string[] | undefined) =>
      values && values.length > 0 ? values : ['unspecified'];
    const keys: readonly string[] = {
      procedure: [rating.procedureCode],
      province: [province],
      channel: [rating.channel],
      month: [day.slice(0, 7)],
      field: orUnspecified(facts?.fields),
      agency: orUnspecified(facts?.agencies),
    }[query.by];
    for (const key of keys) {
      let figure = groups.get(key);
      if (!figure) groups.set(key, (figure = emptyFigure()));
      add(figure, rating);
    }
  }
  return {
    overall: finish(overall),
    groups: [...groups].map(([key, figure]) => {
      const label =
        query.by === 'procedure'
          ? catalog.get(key)?.nameVi
          : query.by === 'province'
            ? PROVINCES.find((p) => p.code === key)?.vi
            : undefined;
      return { key, ...(label ? { label } : {}), ...finish(figure) };
    }),
  };
}

/** Groups by key, to compare answers whatever their order. */
export function byKey<T extends { key: string }>(groups: readonly T[]): Record<string, T> {
  return Object.fromEntries(groups.map((g) => [g.key, g]));
}

/** Every rating stored, read straight from the ratings table (no rollup involved). */
export async function readRatingsTable(
  target: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string },
): Promise<RatingFacts[]> {
  type Row = {
    procedure_code: string;
    overall: SatisfactionLevel;
    criteria: string | Record<string, SatisfactionLevel> | null;
    province: string | null;
    channel: string;
    created_at: string | Date;
  };
  let rows: Row[];
  if (target.kind === 'sqlite') {
    const db = new BetterSqlite3(target.file, { readonly: true });
    try {
      rows = db
        .prepare<[], Row>(
          'SELECT procedure_code, overall, criteria, province, channel, created_at FROM ratings',
        )
        .all();
    } finally {
      db.close();
    }
  } else {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      rows = (
        await client.query<Row>(
          'SELECT procedure_code, overall, criteria, province, channel, created_at FROM ratings',
        )
      ).rows;
    } finally {
      await client.end();
    }
  }
  return rows.map((row) => ({
    procedureCode: row.procedure_code,
    overall: row.overall,
    criteria: typeof row.criteria === 'string' ? JSON.parse(row.criteria) : row.criteria,
    province: row.province,
    channel: row.channel,
    createdAt: row.created_at instanceof Date ? row.created_at.toISOString() : row.created_at,
  }));
}

/** All the levels, for loops in tests. */
export const LEVELS = SATISFACTION_LEVELS;
