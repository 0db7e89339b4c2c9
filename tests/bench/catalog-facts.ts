/**
 * How the detail pages show processing times, over the real national-portal files (issue 11):
 * `npx tsx tests/bench/catalog-facts.ts [folder]` (default: DVC_PORTAL_DATA or ../shared/...).
 * Imports the files with the real importer into a throwaway SQLite database, then classifies
 * every method's time as the page shows it. "before" applies the rules of the old TimeText
 * (a number with unit OTHER was printed as "1 OTHER") to the same mapped times.
 */
import { importPortalFiles } from '../../src/server/catalog/import-portal.ts';
import type { Procedure, ProcessingTime } from '../../src/domain/procedure.ts';
import { describeTime } from '../../src/features/catalog/time-display.ts';
import { openTempSqliteStorage } from '../server/support/storage.ts';
import { hasPortalData, PORTAL_DIR } from '../support/portal-data.ts';

const dir = process.argv[2] ?? PORTAL_DIR;
if (!process.argv[2] && !hasPortalData) {
  console.error(`No national-portal data at ${PORTAL_DIR}: pass the folder or set DVC_PORTAL_DATA`);
  process.exit(2);
}

function oldTimeKind(time: ProcessingTime | undefined): string {
  if (!time || time.value === null) return time?.note ? 'source words' : 'not stated';
  return time.unit === 'other' ? 'RAW UNIT CODE' : 'real unit';
}

const AFTER_LABEL: Record<ReturnType<typeof describeTime>['kind'], string> = {
  none: 'not stated',
  unit: 'real unit',
  cases: 'per case',
  byCase: 'depends on the case + source words',
  words: 'source words',
};

function afterTimeKind(time: ProcessingTime | undefined, procedure: Procedure): string {
  const display = describeTime(time, procedure.cases);
  if (display.kind === 'unit' && display.fromCases) return 'real unit (every case the same)';
  return AFTER_LABEL[display.kind];
}

function count(
  into: Map<string, Set<string>>,
  key: string,
  code: string,
  tally: Map<string, number>,
) {
  tally.set(key, (tally.get(key) ?? 0) + 1);
  if (!into.has(key)) into.set(key, new Set());
  into.get(key)?.add(code);
}

const { storage, close } = await openTempSqliteStorage();
try {
  await importPortalFiles([dir], storage.catalog);
  const procedures = (await storage.catalog.load())?.procedures ?? [];
  for (const [label, kindOf] of [
    ['before', (t: ProcessingTime | undefined) => oldTimeKind(t)],
    ['after', (t: ProcessingTime | undefined, p: Procedure) => afterTimeKind(t, p)],
  ] as const) {
    const procs = new Map<string, Set<string>>();
    const times = new Map<string, number>();
    for (const p of procedures) {
      for (const m of p.methods) {
        if (m.processingTime) count(procs, kindOf(m.processingTime, p), p.code, times);
      }
    }
    console.log(`Processing times, ${label}: times shown (procedures)`);
    for (const [kind, n] of [...times].sort((a, b) => b[1] - a[1])) {
      console.log(`  ${kind.padEnd(38)} ${String(n).padStart(5)} (${procs.get(kind)?.size ?? 0})`);
    }
  }
} finally {
  await close();
}
