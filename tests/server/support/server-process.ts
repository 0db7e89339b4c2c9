import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { LIFTED_RATING_QUOTA_ENV } from '../../support/rating-quota.ts';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');

/** The real server as its own process (`src/server/cli.ts serve`), for crash and signal tests. */
export interface ServerProcess {
  url: string;
  /** Sends a signal; resolves with how the process ended. */
  signal(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** How the process ended, once it has. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything it printed on stdout and stderr so far. */
  output(): string;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === 'object'
          ? resolvePort(address.port)
          : reject(new Error('no free port')),
      );
    });
  });
}

/**
 * Spawns the server on a free port over `dataDir` (SQLite, or PostgreSQL when `env` has a
 * DATABASE_URL) and resolves once /api/health answers.
 * The built app is not needed: without dist/ the server serves the API only.
 */
export async function spawnServer(
  dataDir: string,
  env: Record<string, string> = {},
  port?: number,
): Promise<ServerProcess> {
  const listenOn = port ?? (await freePort());
  const url = `http://127.0.0.1:${listenOn}`;
  // The test runner's own DATABASE_URL is not inherited; a test that wants PostgreSQL passes one.
  const inherited: NodeJS.ProcessEnv = { ...process.env };
  delete inherited.DATABASE_URL;
  const childEnv: NodeJS.ProcessEnv = {
    ...inherited,
    LOG_LEVEL: 'warn',
    // Crash and log tests post many ratings from one address; the quota is tested on its own.
    ...LIFTED_RATING_QUOTA_ENV,
    ...env,
    PORT: String(listenOn),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
  };
  delete childEnv.VITEST;
  delete childEnv.VITEST_POOL_ID;
  delete childEnv.VITEST_WORKER_ID;
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/server/cli.ts', 'serve'],
    { cwd: REPO_ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The server exited before it was ready:\n${log}`);
    }
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server did not become ready:\n${log}`);
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }

  return {
    url,
    exited,
    output: () => log,
    async signal(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
