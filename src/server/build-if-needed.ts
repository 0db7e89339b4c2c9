import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What `vite build` reads: when any is newer than dist/index.html, the build is stale. */
const BUILD_INPUTS = ['src', 'public', 'locales', 'index.html', 'vite.config.ts'];

/** Newest modification time under `target` (a file or folder), 0 when it does not exist. */
function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) {
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

export function isBuildStale(projectRoot: string, distDir: string): boolean {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return BUILD_INPUTS.some((input) => newestMtime(path.join(projectRoot, input)) > built);
}

/** Runs the project's own vite (node_modules/.bin) so `npm start` works without a global one. */
export function runViteBuild(projectRoot: string): void {
  const vite = path.join(projectRoot, 'node_modules', '.bin', 'vite');
  if (!existsSync(vite)) {
    throw new Error(`Cannot build the app: ${vite} is missing. Run npm ci first.`);
  }
  const result = spawnSync(vite, ['build'], { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`vite build failed (exit code ${result.status ?? result.signal})`);
  }
}
