import { mkdirSync } from 'node:fs';
import path from 'node:path';

/** Server configuration (DESIGN.md §4): environment variables with defaults that just work. */
export interface ServerConfig {
  port: number;
  host: string;
  /** Folder for the SQLite file; created when missing. */
  dataDir: string;
  /** PostgreSQL connection string; when set, PostgreSQL is used instead of SQLite. */
  databaseUrl?: string;
  /** Operator token for admin actions; admin routes stay closed when it is absent. */
  adminToken?: string;
  /** pino level of the server log (LOG_LEVEL). */
  logLevel: LogLevel;
  /**
   * TRUST_PROXY: whether to believe X-Forwarded-For (client address for rate limits). Off by
   * default: without a proxy in front, any client could claim any address. "true", or a
   * comma-separated list of the proxies' addresses / CIDRs (safer).
   */
  trustProxy: boolean | string;
  /** APP_DIR: folder of the built app to serve; dist/ of this checkout when absent. */
  appDir?: string;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

/** Reads and validates the configuration; throws a ConfigError naming the bad variable. */
export function loadConfig(env: Env = process.env): ServerConfig {
  const config: ServerConfig = {
    port: parsePort(env.PORT),
    host: nonEmpty(env.HOST, 'HOST') ?? '127.0.0.1',
    dataDir: path.resolve(nonEmpty(env.DATA_DIR, 'DATA_DIR') ?? './data'),
    logLevel: parseLogLevel(env.LOG_LEVEL),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
  };
  const appDir = nonEmpty(env.APP_DIR, 'APP_DIR');
  if (appDir !== undefined) config.appDir = path.resolve(appDir);
  const databaseUrl = nonEmpty(env.DATABASE_URL, 'DATABASE_URL');
  if (databaseUrl !== undefined) config.databaseUrl = parseDatabaseUrl(databaseUrl);
  const adminToken = nonEmpty(env.ADMIN_TOKEN, 'ADMIN_TOKEN');
  if (adminToken !== undefined) {
    // A short token can be guessed; an operator should generate a long random one.
    if (adminToken.length < 16) {
      throw new ConfigError('ADMIN_TOKEN must be at least 16 characters long');
    }
    config.adminToken = adminToken;
  }
  return config;
}

/** Creates DATA_DIR when it is missing (SQLite needs the folder to exist). */
export function ensureDataDir(config: Pick<ServerConfig, 'dataDir'>): void {
  try {
    mkdirSync(config.dataDir, { recursive: true });
  } catch (error) {
    throw new ConfigError(
      `DATA_DIR ${config.dataDir} cannot be created: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

function parsePort(raw: string | undefined): number {
  const value = raw?.trim();
  if (value === undefined || value === '') return 8080;
  if (!/^\d+$/.test(value) || Number(value) > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${raw}"`);
  }
  return Number(value);
}

function parseTrustProxy(raw: string | undefined): boolean | string {
  const value = raw?.trim().toLowerCase();
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  return value;
}

function parseLogLevel(raw: string | undefined): LogLevel {
  const value = raw?.trim().toLowerCase() || 'info';
  const level = LOG_LEVELS.find((l) => l === value);
  if (!level)
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return level;
}

function parseDatabaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL is not a valid URL (expected postgres://user@host/db)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(
      `DATABASE_URL must start with postgres:// or postgresql://, got "${url.protocol}//"`,
    );
  }
  return raw;
}

/** Unset and blank mean "use the default"; a value of only spaces is a mistake worth naming. */
function nonEmpty(raw: string | undefined, name: string): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  const value = raw.trim();
  if (value === '') throw new ConfigError(`${name} is set but blank`);
  return value;
}
