/**
 * How the detail pages show processing times, over the real national-portal files (issue 11):
 * `npx tsx tests/bench/catalog-facts.ts [folder]` (default: DVC_PORTAL_DATA or ../shared/...).
 * Imports the files with the real importer into a throwaway SQLite database, then classifies
 * every method's time as the page shows it. "before" applies the rules of the old TimeText
 * (a number with unit OTHER was printed as "1 OTHER") to the same mapped times. Documents:
 * "before" is the old importer's rule read off the source (every named component one row, shown
 * as "group: name — n originals, m copies"); "after" is what the page now lists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { groupDocuments } from '../../src/domain/document-groups.ts';
import { hasPublishedDetail } from '../../src/domain/procedure-detail.ts';
import { importPortalFiles } from '../../src/server/catalog/import-portal.ts';
import { portalDetailSchema } from '../../src/server/catalog/portal-source.ts';
import type { Procedure, ProcessingTime } from '../../src/domain/procedure.ts';
import { describeFee } from '../../src/features/catalog/fee-display.ts';
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

const AFTER_LABEL: Record<ReturnType<typeof describeTime>['kind'] | 'byCaseNumber', string> = {
  none: 'not stated',
  unit: 'real unit',
  cases: 'per case',
  byCase: 'depends on the case + source words',
  byCaseNumber: 'depends on the case, bare number (no unit)',
  words: 'source words',
};

function afterTimeKind(time: ProcessingTime | undefined, procedure: Procedure): string {
  const display = describeTime(time, procedure.cases);
  if (display.kind === 'unit' && display.fromCases) return 'real unit (every case the same)';
  if (display.kind === 'byCase' && display.text === undefined) return AFTER_LABEL.byCaseNumber;
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
      console.log(`  ${kind.padEnd(44)} ${String(n).padStart(5)} (${procs.get(kind)?.size ?? 0})`);
    }
  }
  documentCounts(procedures);
  const listOnly = procedures.filter((p) => !hasPublishedDetail(p)).length;
  console.log(`List-only procedures (no detail published): ${listOnly} of ${procedures.length}`);
  console.log(`  before: "the source has no information" ${5 * listOnly} times (5 a page)`);
  console.log(`  after: one "not published yet" sentence a page, ${listOnly} in all`);
  whereAndHowCounts(procedures);
} finally {
  await close();
}

function documentCounts(procedures: readonly Procedure[]) {
  const before = { rows: 0, colonRows: 0, zeroRows: 0, procs: new Set<string>() };
  const zeroProcs = new Set<string>();
  const detailsDir = path.join(dir, 'details');
  for (const file of readdirSync(detailsDir).filter((f) => f.endsWith('.json'))) {
    const envelope = JSON.parse(readFileSync(path.join(detailsDir, file), 'utf8')) as {
      data: unknown;
    };
    const parsed = portalDetailSchema.safeParse(envelope.data);
    if (!parsed.success) continue;
    const groups = [
      { name: undefined as string | undefined, items: parsed.data.profileComponents },
      ...parsed.data.executionCases.map((c) => ({ name: c.name, items: c.profileComponents })),
    ];
    for (const group of groups) {
      for (const item of group.items) {
        if (!item.name) continue;
        before.rows += 1;
        if (group.name?.endsWith(':')) {
          before.colonRows += 1;
          before.procs.add(parsed.data.code);
        }
        if (item.originalQty === 0 && item.copyQty === 0) {
          before.zeroRows += 1;
          zeroProcs.add(parsed.data.code);
        }
      }
    }
  }
  console.log('Documents, before: rows listed as documents (procedures)');
  console.log(`  rows                                   ${before.rows}`);
  console.log(
    `  rows with a "::" group prefix          ${before.colonRows} (${before.procs.size})`,
  );
  console.log(`  rows "0 originals, 0 copies"           ${before.zeroRows} (${zeroProcs.size})`);

  const after = { documents: 0, headings: 0, notes: 0, zero: 0, rawHeadings: 0 };
  for (const p of procedures) {
    for (const block of groupDocuments(p.documents)) {
      if (block.heading) after.headings += 1;
      if (block.heading && /[:*]$|^\s*[*]/.test(block.heading)) after.rawHeadings += 1;
      for (const item of block.items) {
        if (item.isNote) after.notes += 1;
        else after.documents += 1;
        if (!item.isNote && item.doc.originals === 0 && item.doc.copies === 0) after.zero += 1;
      }
    }
  }
  console.log('Documents, after: what the pages list');
  console.log(`  documents                              ${after.documents}`);
  console.log(`  group / case headings                  ${after.headings}`);
  console.log(`  notes                                  ${after.notes}`);
  console.log(`  documents "0 originals, 0 copies"      ${after.zero}`);
  console.log(`  headings still with "*" or ":"         ${after.rawHeadings}`);

  // Fees. "before": the old FeeText (0 → "free", null → "no amount", else đồng, whatever the
  // text or the currency said); "after": describeFee.
  const fees = procedures.flatMap((p) => p.methods.flatMap((m) => m.fees));
  const feeKinds = { before: new Map<string, number>(), after: new Map<string, number>() };
  const bump = (tally: Map<string, number>, key: string) =>
    tally.set(key, (tally.get(key) ?? 0) + 1);
  for (const f of fees) {
    const raw = f.currency ? (f.amount ?? null) : f.amountVnd;
    bump(feeKinds.before, raw === null ? 'no amount' : raw === 0 ? 'free' : 'amount in đồng');
    const shown = describeFee(f);
    bump(
      feeKinds.after,
      shown.kind === 'amount'
        ? `amount in ${shown.currency === 'VND' ? 'đồng' : shown.currency}`
        : shown.kind === 'words'
          ? "the source's words"
          : shown.kind === 'free'
            ? 'free'
            : 'no amount',
    );
  }
  for (const [label, tally] of Object.entries(feeKinds)) {
    console.log(`Fees, ${label}: fee lines shown as`);
    for (const [kind, n] of [...tally].sort()) console.log(`  ${kind.padEnd(38)} ${n}`);
  }
}

/**
 * Where and how (issue 11, item 4): how many pages now say where to file, the conditions, how the
 * result comes back, how to start online, and the date of their record; steps that read "::"
 * (a name ending in ":" joined with ": "); and what the new fields cost the catalogue every
 * phone downloads (JSON and gzip bytes, with and without them).
 */
function whereAndHowCounts(procedures: readonly Procedure[]) {
  const published = procedures.filter(hasPublishedDetail);
  const has = (test: (p: Procedure) => boolean) => published.filter(test).length;
  console.log(`Where and how, after: pages of the ${published.length} published procedures`);
  const rows: [string, number][] = [
    ['receiving addresses (source words)', has((p) => p.receivingAddresses !== undefined)],
    ['may file anywhere in the province', has((p) => p.isFiledAnywhereInProvince === true)],
    ['requirements and conditions', has((p) => p.requirements !== undefined)],
    ['how the result comes back', has((p) => p.resultDelivery !== undefined)],
    ['how to start online (full/partial)', has((p) => ['full', 'partial'].includes(p.onlineLevel))],
    ['date of the portal record', has((p) => p.sourceUpdatedAt !== undefined)],
  ];
  for (const [label, n] of rows) console.log(`  ${label.padEnd(38)} ${n}`);
  console.log('  before: none of these (the importer did not carry them)');

  const detailsDir = path.join(dir, 'details');
  let rawDouble = 0;
  for (const file of readdirSync(detailsDir).filter((f) => f.endsWith('.json'))) {
    const envelope = JSON.parse(readFileSync(path.join(detailsDir, file), 'utf8')) as {
      data: unknown;
    };
    const parsed = portalDetailSchema.safeParse(envelope.data);
    if (!parsed.success) continue;
    for (const step of parsed.data.executionSteps) {
      if ([step.name, step.description].filter(Boolean).join(': ').includes('::')) rawDouble += 1;
    }
  }
  const afterDouble = procedures.flatMap((p) => p.steps).filter((s) => s.includes('::')).length;
  console.log(`Steps reading "::": before ${rawDouble}, after ${afterDouble}`);

  const WHERE_KEYS = [
    'receivingAddresses',
    'isFiledAnywhereInProvince',
    'requirements',
    'resultDelivery',
    'factsSource',
    'sourceUpdatedAt',
  ] as const;
  const without = procedures.map((p) => {
    const copy: Partial<Procedure> = { ...p };
    for (const key of WHERE_KEYS) delete copy[key];
    return copy;
  });
  const size = (value: unknown) => {
    const json = Buffer.from(JSON.stringify(value));
    return `${(json.length / 1024).toFixed(0)} KiB JSON, ${(gzipSync(json).length / 1024).toFixed(0)} KiB gzip`;
  };
  console.log(`Catalogue size: without the where-and-how fields ${size(without)}`);
  console.log(`                with them                        ${size(procedures)}`);
}
