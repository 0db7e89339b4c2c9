import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase } from './support/databases.ts';

const database = await createTestDatabase();
afterAll(() => database?.drop());

describe.runIf(database)('PostgreSQL test harness', () => {
  it('gives each test file its own empty database', async () => {
    const client = new pg.Client({ connectionString: database?.url });
    await client.connect();
    const { rows } = await client.query<{ n: string }>(
      "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public'",
    );
    await client.end();
    expect(Number(rows[0]?.n)).toBe(0);
  });
});
