/**
 * Rollups behind GET /api/stats: counts per period × dimensions × level, changed in the same
 * transaction as the insert of the ratings they count. On PostgreSQL a statement-level trigger
 * on `ratings` keeps them; on SQLite, from migration 6, the rating store does, once per batch
 * (rollup-batch.ts: the row trigger of migrations 4–5 cost ~20 upserts per rating), and every
 * writer of `ratings` goes through that store. Ratings are never updated or deleted by the app;
 * a manual DELETE would leave the rollups too high, and the backfill SQL below is how an
 * operator would redo them.
 *
 * A query reads the smallest "cube" that has the dimensions it needs, so its cost follows the
 * number of groups × periods, not the number of ratings:
 * - `full` keeps the procedure code (by procedure / field / agency, or a procedure filter);
 * - `area` drops it (by province / channel / month), which stays small at national scale:
 *   12 months × 35 provinces × 3 channels × 3 levels, whatever the number of ratings.
 * - `procedure` keeps only the procedure code (migration 5): by procedure / field / agency
 *   without a province or channel filter, ~5× smaller than `full` at national scale.
 * Each cube exists per day (for the edges of a period) and per month (for whole months).
 *
 * The day is the rating's createdAt in Vietnam time (UTC+7, no DST): see STATS_UTC_OFFSET_HOURS.
 * A rating with no province is counted under province '' (primary keys cannot hold NULL).
 */

export const CUBE_FAMILIES = ['full', 'area', 'procedure'] as const;
export type CubeFamily = (typeof CUBE_FAMILIES)[number];
/** The families migration 4 made (frozen: what it creates must never change). */
export const V4_FAMILIES: readonly CubeFamily[] = ['full', 'area'];
export const GRAINS = ['day', 'month'] as const;
export type Grain = (typeof GRAINS)[number];

export const FAMILY_DIMENSIONS: Record<CubeFamily, readonly string[]> = {
  full: ['procedure_code', 'province', 'channel'],
  area: ['province', 'channel'],
  // Migration 5: by procedure / field / agency with no province or channel filter. Without
  // province and channel it holds ~5× fewer rows than `full` at national scale (1,000,000
  // ratings over 5,476 procedures: 173,000 month rows instead of 810,000).
  procedure: ['procedure_code'],
};

export function overallTable(family: CubeFamily, grain: Grain): string {
  return `rating_rollup_${grain}_${family}`;
}

export function criteriaTable(family: CubeFamily, grain: Grain): string {
  return `rating_criteria_rollup_${grain}_${family}`;
}

interface CubeTable {
  name: string;
  /** Columns after `period`, in primary-key order, without `n`. */
  keys: readonly string[];
  isCriteria: boolean;
  grain: Grain;
}

export function cubeTables(families: readonly CubeFamily[] = CUBE_FAMILIES): CubeTable[] {
  const tables: CubeTable[] = [];
  for (const family of families) {
    for (const grain of GRAINS) {
      const dims = FAMILY_DIMENSIONS[family];
      tables.push({
        name: overallTable(family, grain),
        keys: [...dims, 'overall'],
        isCriteria: false,
        grain,
      });
      tables.push({
        name: criteriaTable(family, grain),
        keys: [...dims, 'criterion', 'level'],
        isCriteria: true,
        grain,
      });
    }
  }
  return tables;
}

/** CREATE TABLE statements; `text` is the engine's text type with a byte-order collation. */
export function createTablesSql(
  text: string,
  integer: string,
  strict: string,
  families: readonly CubeFamily[],
): string {
  return cubeTables(families)
    .map(
      (t) => `CREATE TABLE ${t.name} (
        period ${text} NOT NULL,
        ${t.keys.map((k) => `${k} ${text} NOT NULL`).join(',\n        ')},
        n ${integer} NOT NULL,
        PRIMARY KEY (period, ${t.keys.join(', ')})
      )${strict};`,
    )
    .join('\n');
}

/* SQLite: row-level trigger (the only kind SQLite has); one UPSERT per cube and per criterion. */

export function sqliteTriggerSql(families: readonly CubeFamily[]): string {
  const day = `date(NEW.created_at, '+7 hours')`;
  const period = (grain: Grain) => (grain === 'day' ? day : `substr(${day}, 1, 7)`);
  const value = (key: string) => (key === 'province' ? `coalesce(NEW.province, '')` : `NEW.${key}`);
  const statements = cubeTables(families).map((t) => {
    const cols = ['period', ...t.keys, 'n'].join(', ');
    const conflict = `ON CONFLICT (period, ${t.keys.join(', ')}) DO UPDATE SET n = n + 1`;
    if (!t.isCriteria) {
      const values = [period(t.grain), ...t.keys.map(value), '1'].join(', ');
      return `INSERT INTO ${t.name} (${cols}) VALUES (${values}) ${conflict};`;
    }
    const dims = t.keys.slice(0, -2).map(value);
    const select = [period(t.grain), ...dims, 'c.key', 'c.value', '1'].join(', ');
    // "WHERE true" is SQLite's documented way to parse INSERT … SELECT … ON CONFLICT.
    return `INSERT INTO ${t.name} (${cols})
      SELECT ${select} FROM json_each(NEW.criteria) AS c WHERE true ${conflict};`;
  });
  return `CREATE TRIGGER ratings_stats_rollup AFTER INSERT ON ratings
    BEGIN
      ${statements.join('\n      ')}
    END;`;
}

/*
 * PostgreSQL: statement-level trigger over the transition table, so a batch insert does one
 * grouped UPSERT per cube instead of one per rating. Rows are upserted in key order, so two
 * concurrent batches lock shared rollup rows in the same order.
 */

export function postgresTriggerSql(families: readonly CubeFamily[]): string {
  const day = `to_char((r.created_at::timestamptz AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM-DD')`;
  const period = (grain: Grain) => (grain === 'day' ? day : `substr(${day}, 1, 7)`);
  const value = (key: string) => (key === 'province' ? `coalesce(r.province, '')` : `r.${key}`);
  const statements = cubeTables(families).map((t) => {
    const cols = ['period', ...t.keys, 'n'].join(', ');
    const positions = ['period', ...t.keys].map((_, i) => String(i + 1)).join(', ');
    const conflict = `ON CONFLICT (period, ${t.keys.join(', ')}) DO UPDATE SET n = x.n + excluded.n`;
    const from = t.isCriteria
      ? `new_ratings AS r CROSS JOIN LATERAL jsonb_each_text(r.criteria::jsonb) AS c`
      : `new_ratings AS r`;
    const keyValues = t.isCriteria
      ? [...t.keys.slice(0, -2).map(value), 'c.key', 'c.value']
      : t.keys.map(value);
    return `INSERT INTO ${t.name} AS x (${cols})
        SELECT ${[period(t.grain), ...keyValues].join(', ')}, count(*) FROM ${from}
        ${t.isCriteria ? 'WHERE r.criteria IS NOT NULL' : ''}
        GROUP BY ${positions} ORDER BY ${positions}
        ${conflict};`;
  });
  return `CREATE FUNCTION ratings_stats_rollup() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      ${statements.join('\n      ')}
      RETURN NULL;
    END
    $fn$;
    CREATE TRIGGER ratings_stats_rollup AFTER INSERT ON ratings
      REFERENCING NEW TABLE AS new_ratings
      FOR EACH STATEMENT EXECUTE FUNCTION ratings_stats_rollup();`;
}

/**
 * Fills the rollups from the ratings already stored (run once by the migration that adds them,
 * so a database that had ratings before this version starts with the right counts).
 */
export function backfillSql(
  engine: 'sqlite' | 'postgres',
  families: readonly CubeFamily[],
): string {
  const day =
    engine === 'sqlite'
      ? `date(r.created_at, '+7 hours')`
      : `to_char((r.created_at::timestamptz AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM-DD')`;
  const criteria =
    engine === 'sqlite'
      ? `json_each(r.criteria) AS c`
      : `LATERAL jsonb_each_text(r.criteria::jsonb) AS c`;
  const period = (grain: Grain) => (grain === 'day' ? day : `substr(${day}, 1, 7)`);
  const value = (key: string) => (key === 'province' ? `coalesce(r.province, '')` : `r.${key}`);
  return cubeTables(families)
    .map((t) => {
      const cols = ['period', ...t.keys, 'n'].join(', ');
      const positions = ['period', ...t.keys].map((_, i) => String(i + 1)).join(', ');
      const keyValues = t.isCriteria
        ? [...t.keys.slice(0, -2).map(value), 'c.key', 'c.value']
        : t.keys.map(value);
      const from = t.isCriteria
        ? `ratings AS r CROSS JOIN ${criteria} WHERE r.criteria IS NOT NULL`
        : `ratings AS r`;
      return `INSERT INTO ${t.name} (${cols})
        SELECT ${[period(t.grain), ...keyValues].join(', ')}, count(*) FROM ${from}
        GROUP BY ${positions};`;
    })
    .join('\n');
}
