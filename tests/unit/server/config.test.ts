import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/server/config.ts';

describe('server configuration', () => {
  it('has defaults that just work', () => {
    expect(loadConfig({})).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: path.resolve('data'),
      logLevel: 'info',
      logFormat: 'auto',
      trustProxy: false,
      hstsMaxAgeSeconds: 31_536_000,
    });
  });

  it('serves an app built elsewhere from APP_DIR', () => {
    expect(loadConfig({ APP_DIR: 'build/v2' }).appDir).toBe(path.resolve('build/v2'));
    expect(loadConfig({}).appDir).toBeUndefined();
  });

  it('reads PORT, HOST, DATA_DIR, DATABASE_URL and ADMIN_TOKEN', () => {
    const config = loadConfig({
      PORT: '3000',
      HOST: '0.0.0.0',
      DATA_DIR: '/var/lib/dvc',
      DATABASE_URL: 'postgres://dvc@db.internal/dvc',
      ADMIN_TOKEN: 'a-long-random-operator-token',
      LOG_LEVEL: 'WARN',
      TRUST_PROXY: '10.0.0.1, 10.0.0.0/24, fd00::/8,loopback',
      HSTS_MAX_AGE: '0',
    });
    expect(config).toEqual({
      port: 3000,
      host: '0.0.0.0',
      dataDir: '/var/lib/dvc',
      databaseUrl: 'postgres://dvc@db.internal/dvc',
      adminToken: 'a-long-random-operator-token',
      logLevel: 'warn',
      logFormat: 'auto',
      trustProxy: ['10.0.0.1', '10.0.0.0/24', 'fd00::/8', 'loopback'],
      hstsMaxAgeSeconds: 0,
    });
  });

  it.each([
    [{ PORT: 'abc' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be a whole number/],
    [{ PORT: '-1' }, /PORT must be a whole number/],
    [{ HOST: '   ' }, /HOST is set but blank/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL is not a valid URL/],
    [{ DATABASE_URL: 'mysql://x/y' }, /must start with postgres:\/\//],
    [{ ADMIN_TOKEN: 'short' }, /ADMIN_TOKEN must be at least 16/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    // Trusting every hop lets a client choose its own address (issue 10, item 4).
    [{ TRUST_PROXY: 'true' }, /TRUST_PROXY=true would believe any X-Forwarded-For/],
    [{ TRUST_PROXY: '2' }, /TRUST_PROXY=2 would believe any X-Forwarded-For/],
    [{ TRUST_PROXY: '10.0.0.1,proxy.internal' }, /"proxy.internal" is none of these/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /"10.0.0.0\/33" is none of these/],
    [{ HSTS_MAX_AGE: 'forever' }, /HSTS_MAX_AGE must be a whole number/],
  ])('names the bad variable in %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
