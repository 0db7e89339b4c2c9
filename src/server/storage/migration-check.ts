export interface AppliedMigration {
  version: number;
  name: string;
}

/**
 * Something a migration found that an operator should know (e.g. stored ratings it had to mark),
 * without personal data. The server logs these at warn when it starts (routes/ratings.ts).
 */
export interface MigrationNotice {
  version: number;
  message: string;
  count: number;
}

/** What opening the storage did to its schema: the migrations it ran, in order, and their notices. */
export interface MigrationOutcome {
  applied: AppliedMigration[];
  notices: MigrationNotice[];
}

export class SchemaTooNewError extends Error {
  override name = 'SchemaTooNewError';
}

/**
 * Compares what the database has applied with what this code knows, and returns the migrations
 * still to run, in order. A version the code does not know means the database was upgraded by
 * a newer release: we refuse to touch it.
 */
export function checkKnownVersions<M extends AppliedMigration>(
  engine: string,
  applied: readonly AppliedMigration[],
  migrations: readonly M[],
): M[] {
  const known = new Set(migrations.map((m) => m.version));
  const unknown = applied.filter((m) => !known.has(m.version));
  if (unknown.length > 0) {
    const newest = Math.max(...migrations.map((m) => m.version), 0);
    const list = unknown.map((m) => `${m.version} (${m.name})`).join(', ');
    throw new SchemaTooNewError(
      `The ${engine} database has schema migration ${list}, which this version of the app does ` +
        `not know (it knows up to ${newest}). It was made by a newer release: upgrade the app ` +
        `instead of opening the database with an older one.`,
    );
  }
  const done = new Set(applied.map((m) => m.version));
  return [...migrations].sort((a, b) => a.version - b.version).filter((m) => !done.has(m.version));
}
