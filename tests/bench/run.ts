import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { firstVisitBench } from './first-visit.ts';
import { loadBench } from './load.ts';
import { outboxBench } from './outbox.ts';
import { searchBench } from './search.ts';
import { serverIngestBench } from './server-ingest.ts';
import { serverStatsBench } from './server-stats.ts';
import { BenchContext } from './support/context.ts';
import { describeMachine } from './support/machine.ts';
import {
  NotMeasured,
  summarise,
  unmeasured,
  type BenchModule,
  type Recorder,
  type RowResult,
} from './support/result.ts';
import { renderTable } from './support/table.ts';
import { weightBench } from './weight.ts';

/**
 * `npm run bench [-- <module>…]`: builds the app, runs every measurement (or the named ones),
 * prints one table and writes bench-results.json. Each module is independent: a failure fills
 * its own rows with "error: …" and the others still run.
 */
const MODULES: readonly BenchModule[] = [
  weightBench,
  loadBench,
  firstVisitBench,
  searchBench,
  outboxBench,
  serverIngestBench,
  serverStatsBench,
];

function buildApp(ctx: BenchContext): string | undefined {
  ctx.log('building the app (vite build)…');
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
    cwd: ctx.repoRoot,
    encoding: 'utf8',
  });
  if (result.status === 0) return undefined;
  return `vite build failed: ${(result.stderr || result.stdout).trim().split('\n').slice(-5).join(' ')}`;
}

async function runModule(ctx: BenchContext, module: BenchModule): Promise<RowResult[]> {
  const results = new Map<string, RowResult>();
  const record: Recorder = (id, runs, note) => {
    const spec = module.rows.find((row) => row.id === id);
    if (!spec) throw new Error(`${module.name} recorded an unknown row ${id}`);
    results.set(
      id,
      Array.isArray(runs)
        ? summarise(spec, runs as number[], note)
        : unmeasured(spec, (runs as { status: 'error' }).status, (runs as { note: string }).note),
    );
  };
  const started = Date.now();
  process.stderr.write(`▶ ${module.name}\n`);
  try {
    await module.run(ctx, record);
  } catch (error) {
    const isNotMeasured = error instanceof NotMeasured;
    const status = isNotMeasured ? error.status : 'error';
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`  ${status}: ${message}\n`);
    for (const spec of module.rows) {
      if (!results.has(spec.id))
        results.set(spec.id, unmeasured(spec, status, message.split('\n')[0] ?? message));
    }
  }
  process.stderr.write(`  (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  return module.rows.map((spec) => results.get(spec.id) as RowResult);
}

async function main(): Promise<void> {
  const started = Date.now();
  const only = process.argv.slice(2);
  const modules = only.length > 0 ? MODULES.filter((m) => only.includes(m.name)) : MODULES;
  const ctx = new BenchContext();
  const machine = describeMachine();
  const rows: RowResult[] = [];
  try {
    if (modules.some((m) => m.name === 'weight' || m.name === 'load')) {
      ctx.appBuildError = buildApp(ctx);
    }
    for (const module of modules) rows.push(...(await runModule(ctx, module)));
    machine.postgres = ctx.postgresVersion;
  } finally {
    await ctx.dispose();
  }
  const totalS = (Date.now() - started) / 1000;
  process.stdout.write(`\n${renderTable(machine, rows, totalS)}\n`);
  const file = path.join(ctx.repoRoot, 'bench-results.json');
  writeFileSync(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), totalSeconds: totalS, machine, rows }, null, 2)}\n`,
  );
  process.stdout.write(`Written to ${path.relative(process.cwd(), file)}\n`);
}

await main();
