import { mkdirSync } from 'node:fs';
import { isIP } from 'node:net';
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
  /** LOG_FORMAT: auto (pretty on a terminal, else JSON), json or pretty (logging.ts). */
  logFormat: LogFormat;
  /**
   * METRICS_PORT: serve /metrics on this port alone, without a token (for a scraper on a private
   * network); unset = /metrics on the main port behind ADMIN_TOKEN.
   */
  metricsPort?: number;
  /** METRICS_HOST: the address METRICS_PORT listens on; HOST when unset. */
  metricsHost?: string;
  /**
   * TRUST_PROXY: the proxies whose X-Forwarded-For hop is believed (addresses, CIDRs, or
   * proxy-addr's names loopback / linklocal / uniquelocal). The client address is then the
   * right-most hop that is not one of them. Off by default: without a proxy in front, any
   * client could claim any address. `true` (trust every hop) is refused: it lets a client pick
   * its own address by sending X-Forwarded-For, and so get past every per-address limit.
   */
  trustProxy: false | string[];
  /**
   * HSTS_MAX_AGE: seconds of Strict-Transport-Security sent on HTTPS requests (directly, or
   * through a trusted proxy's X-Forwarded-Proto); 0 = never sent.
   */
  hstsMaxAgeSeconds: number;
  /** APP_DIR: folder of the built app to serve; dist/ of this checkout when absent. */
  appDir?: string;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** LOG_FORMAT: json, pretty, or auto (pretty when the output is a terminal, JSON otherwise). */
export const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

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
    logFormat: parseLogFormat(env.LOG_FORMAT),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    hstsMaxAgeSeconds: parseHstsMaxAge(env.HSTS_MAX_AGE),
  };
  const metricsPort = nonEmpty(env.METRICS_PORT, 'METRICS_PORT');
  if (metricsPort !== undefined) config.metricsPort = parsePort(metricsPort, 'METRICS_PORT');
  const metricsHost = nonEmpty(env.METRICS_HOST, 'METRICS_HOST');
  if (metricsHost !== undefined) config.metricsHost = metricsHost;
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

function parsePort(raw: string | undefined, name = 'PORT'): number {
  const value = raw?.trim();
  if (value === undefined || value === '') return 8080;
  if (!/^\d+$/.test(value) || Number(value) > 65535) {
    throw new ConfigError(`${name} must be a whole number from 0 to 65535, got "${raw}"`);
  }
  return Number(value);
}

/** Names proxy-addr (Fastify's trustProxy) knows for whole private ranges. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function parseTrustProxy(raw: string | undefined): false | string[] {
  const value = raw?.trim().toLowerCase();
  if (!value || value === 'false') return false;
  if (value === 'true' || /^\d+$/.test(value)) {
    throw new ConfigError(
      `TRUST_PROXY=${raw} would believe any X-Forwarded-For a client sends, so anyone could ` +
        'get past the per-address limits by making up addresses. List your proxies instead: ' +
        'TRUST_PROXY=10.0.0.1 or TRUST_PROXY=10.0.0.0/24,loopback',
    );
  }
  const entries = value.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    if (!isProxyAddress(entry)) {
      throw new ConfigError(
        `TRUST_PROXY must list proxy addresses or CIDRs (e.g. 10.0.0.1,10.1.0.0/16) or ` +
          `${PROXY_RANGE_NAMES.join(' / ')}; "${entry}" is none of these`,
      );
    }
  }
  return entries;
}

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

function parseHstsMaxAge(raw: string | undefined): number {
  const value = raw?.trim();
  // One year: long enough to matter, the value browsers' preload lists ask for.
  if (value === undefined || value === '') return 31_536_000;
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new ConfigError(`HSTS_MAX_AGE must be a whole number of seconds (0 = off), got "${raw}"`);
  }
  return Number(value);
}

function parseLogLevel(raw: string | undefined): LogLevel {
  const value = raw?.trim().toLowerCase() || 'info';
  const level = LOG_LEVELS.find((l) => l === value);
  if (!level)
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return level;
}

function parseLogFormat(raw: string | undefined): LogFormat {
  const value = raw?.trim().toLowerCase() || 'auto';
  const format = LOG_FORMATS.find((f) => f === value);
  if (!format)
    throw new ConfigError(`LOG_FORMAT must be one of ${LOG_FORMATS.join(', ')}, got "${raw}"`);
  return format;
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
