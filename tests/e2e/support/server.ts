import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LIFTED_RATING_QUOTA_ENV } from '../../support/rating-quota.ts';

/** The repository root (tests/e2e/support → ../../..). */
export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export interface StartServerOptions {
  /** Where the server keeps its SQLite file; a fresh temp dir (removed by dispose) by default. */
  dataDir?: string;
  /** Extra environment (DATABASE_URL, ADMIN_TOKEN…); PORT, HOST and DATA_DIR are set here. */
  env?: Record<string, string>;
  /** A fixed port; a free one by default. */
  port?: number;
  /** How long to wait for /api/health (ms). */
  readyTimeoutMs?: number;
}

export interface RunningServer {
  /** http://127.0.0.1:<port> — the same origin across restarts (IndexedDB and SW are per origin). */
  url: string;
  port: number;
  dataDir: string;
  /** Graceful stop (SIGTERM, SIGKILL after a grace period). This is how a test goes "offline". */
  stop(): Promise<void>;
  /** Sends a signal and waits for the process to exit (e.g. 'SIGKILL' to simulate a crash). */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts the server again on the same port and data dir (stops it first if running). */
  restart(): Promise<void>;
  /** Stops the server and removes the data dir if this harness made it. */
  dispose(): Promise<void>;
  /** Everything the server printed so far (for failure messages). */
  output(): string;
}

/** A port nobody listens on right now (the OS picks it; we release it at once). */
export async function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('could not get a free port'));
      });
    });
  });
}

function assertBuilt(): void {
  if (!existsSync(join(REPO_ROOT, 'dist', 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before the e2e suite.');
  }
}

function waitForExit(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveExit) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveExit();
    });
  });
}

/**
 * Spawns the real server (`src/server/cli.ts serve`, the built dist/) on 127.0.0.1 and resolves
 * once GET /api/health answers 200.
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  assertBuilt();
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'dvc-e2e-'));
  const port = options.port ?? (await findFreePort());
  const url = `http://127.0.0.1:${port}`;
  const readyTimeoutMs = options.readyTimeoutMs ?? 60_000;
  let child: ChildProcess | undefined;
  let log = '';

  async function launch(): Promise<void> {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      // E2e tests and benches send thousands of ratings from one address; a test of the quota
      // passes its own values in `env`, which win.
      ...LIFTED_RATING_QUOTA_ENV,
      ...options.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
    };
    // Vitest's own variables would make the server think it runs under a test.
    delete env.VITEST;
    delete env.VITEST_POOL_ID;
    delete env.VITEST_WORKER_ID;
    const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', 'serve'], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    proc.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    proc.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    await waitForHealth(proc);
  }

  async function waitForHealth(proc: ChildProcess): Promise<void> {
    const deadline = Date.now() + readyTimeoutMs;
    while (Date.now() < deadline) {
      if (proc.exitCode !== null || proc.signalCode !== null) {
        throw new Error(`The server exited before it was ready (${proc.exitCode}):\n${log}`);
      }
      try {
        const response = await fetch(`${url}/api/health`);
        if (response.ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((wait) => setTimeout(wait, 200));
    }
    proc.kill('SIGKILL');
    throw new Error(`The server did not answer /api/health within ${readyTimeoutMs} ms:\n${log}`);
  }

  async function kill(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const proc = child;
    if (!proc) return;
    child = undefined;
    if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
    await waitForExit(proc, 10_000);
  }

  await launch();

  return {
    url,
    port,
    dataDir,
    stop: () => kill('SIGTERM'),
    kill,
    async restart() {
      await kill('SIGTERM');
      await launch();
    },
    async dispose() {
      await kill('SIGTERM');
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
    output: () => log,
  };
}
