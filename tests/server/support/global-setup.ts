import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of a throwaway PostgreSQL cluster, or '' when PostgreSQL is not installed. */
    postgresUrl: string;
  }
}

/** One PostgreSQL cluster for the whole server suite; each test file makes its own database. */
export default async function setup(project: TestProject) {
  const cluster = await startPostgres();
  if (!cluster) {
    if (process.env.CI === 'true') {
      throw new Error('PostgreSQL is not installed, but CI must run the PostgreSQL contract tests');
    }
    console.warn(
      '\n[server tests] PostgreSQL NOT installed (no /usr/lib/postgresql/*/bin/initdb): ' +
        'storage contract tests run against SQLite only. `apt-get install postgresql` to run both.\n',
    );
  } else {
    console.warn(`\n[server tests] PostgreSQL contract tests run against ${cluster.url}\n`);
  }
  project.provide('postgresUrl', cluster?.url ?? '');
  return () => cluster?.stop();
}
