import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');
/** Enough of what the CLI prints for any assertion, without holding a runaway's output. */
const OUTPUT_LIMIT = 1 << 20;

export interface CliRun {
  /** The exit code; null when it was killed (see timedOut). */
  code: number | null;
  /** True when it was still running after the timeout and was killed: a hang. */
  timedOut: boolean;
  /** stdout and stderr, interleaved as they came. */
  output: string;
}

/**
 * Runs `src/server/cli.ts <args>` as its own process, the way `npm run …` does, over SQLite in
 * `dataDir`. A run still going after `timeoutMs` is killed and reported as timed out, so a hang
 * fails the test that waits for it instead of stalling the suite.
 */
export function runCli(
  args: readonly string[],
  options: { dataDir: string; timeoutMs: number; cwd?: string; env?: Record<string, string> },
): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: options.dataDir,
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  delete env.DATABASE_URL;
  delete env.VITEST;
  delete env.VITEST_POOL_ID;
  delete env.VITEST_WORKER_ID;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', resolve(REPO_ROOT, 'src/server/cli.ts'), ...args],
    { cwd: options.cwd ?? REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const collect = (chunk: Buffer) => {
    if (output.length < OUTPUT_LIMIT) output += chunk.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs);
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('close', (code) => {
      clearTimeout(timer);
      done({ code, timedOut, output });
    });
  });
}
