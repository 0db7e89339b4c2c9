import pg from 'pg';
import type { Storage } from '../../../src/server/storage/types.ts';

/**
 * What a load did to the store: ratings stored, and ratings the stats rollups count (the
 * national row of the daily rollup). rolledUp − stored is what the public figure counts twice.
 */
export async function countsOf(storage: Storage): Promise<{ stored: number; rolledUp: number }> {
  const rows = await storage.stats.rollupRows(
    `SELECT '' AS k, '' AS criterion, overall AS level, sum(n) AS n
       FROM rating_rollup_day_area GROUP BY overall`,
    [],
  );
  const rolledUp = rows.reduce((sum, row) => sum + Number(row.n), 0);
  return { stored: await storage.ratings.count(), rolledUp };
}

/**
 * PostgreSQL's own count of deadlocks detected in this database. A backend reports its
 * statistics when it exits at the latest: read this after the storage's pool is closed.
 */
export async function deadlocksSoFar(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ deadlocks: string }>(
      'SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()',
    );
    return Number(rows[0]?.deadlocks ?? 0);
  } finally {
    await client.end();
  }
}
