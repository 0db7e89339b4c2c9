import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPortalFiles } from '../../src/server/catalog/import-portal.ts';
import { formatImportReport, type ImportReport } from '../../src/server/catalog/import-report.ts';
import { openStorage } from '../../src/server/storage/open.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { createTestDatabase } from './support/databases.ts';
import { hasPortalData, PORTAL_DIR } from '../support/portal-data.ts';
import { openTempSqliteStorage } from './support/storage.ts';

if (!hasPortalData) {
  console.warn(`[import-real-data] SKIPPED: ${PORTAL_DIR} is absent (it is not part of the repo)`);
}

/** Counts straight from the source files, so the test follows the data instead of hard-coding it. */
function sourceCounts() {
  const rows = readFileSync(path.join(PORTAL_DIR, 'catalog.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { type: string });
  const details = readdirSync(path.join(PORTAL_DIR, 'details')).filter((f) => f.endsWith('.json'));
  const fullProcess = details.filter(
    (f) =>
      (
        JSON.parse(readFileSync(path.join(PORTAL_DIR, 'details', f), 'utf8')) as {
          data: { isFullProcess?: boolean };
        }
      ).data.isFullProcess === true,
  ).length;
  return {
    rows: rows.length,
    internal: rows.filter((r) => r.type === 'STANDARD_INTERNAL').length,
    details: details.length,
    fullProcess,
  };
}

describe.runIf(hasPortalData)('importing all of the real national-portal data', () => {
  let storage: Storage;
  let close: () => Promise<void>;
  let report: ImportReport;

  beforeAll(async () => {
    ({ storage, close } = await openTempSqliteStorage());
    report = await importPortalFiles([PORTAL_DIR], storage.catalog);
  });
  afterAll(() => close());

  it('reads every row and detail, as the data README says', () => {
    const source = sourceCounts();
    expect(source).toMatchObject({ rows: 5670, details: 502, fullProcess: 72 });
    expect(report.listRowsRead).toBe(source.rows);
    expect(report.detailsRead).toBe(source.details);
    expect(report.detailsMerged).toBe(source.details);
    expect(report.skipped.internal).toBe(source.internal);
  });

  it('imports every citizen-facing row, reporting each one it could not take', async () => {
    const source = sourceCounts();
    const duplicates = report.keptAsPublished.filter((p) => p.message.includes('listed twice'));
    expect(report.imported.total).toBe(
      source.rows - source.internal - report.skipped.invalid - duplicates.length,
    );
    // Whatever was skipped is in the report with its file and field, not thrown.
    expect(report.problems).toHaveLength(report.skipped.invalid);
    for (const problem of report.problems) {
      expect(problem.file).toMatch(/catalog\.jsonl|\.json$/);
      expect(problem.field).not.toBe('');
    }
    expect(report.skipped.invalid).toBeLessThan(10);
    const meta = await storage.catalog.meta();
    expect(meta?.count).toBe(report.imported.total);
  });

  it('derives 72 full-process procedures from the details', async () => {
    const catalog = await storage.catalog.load();
    const levels = new Map<string, number>();
    for (const p of catalog?.procedures ?? []) {
      levels.set(p.onlineLevel, (levels.get(p.onlineLevel) ?? 0) + 1);
    }
    expect(levels.get('full')).toBe(sourceCounts().fullProcess);
    expect(levels.get('unknown')).toBe(report.imported.total - sourceCounts().details);
  });

  it('has birth registration with its official name and portal link', async () => {
    const birth = await storage.catalog.get('1.001193');
    expect(birth?.name.vi).toBe('Thủ tục đăng ký khai sinh');
    expect(birth?.fields).toContain('Hộ tịch');
    expect(birth?.governmentLevels).toContain('commune');
    expect(birth?.portalUrl).toMatch(/^https:\/\/dichvucong\.gov\.vn\/thu-tuc-hanh-chinh\//);
    expect(birth?.methods.map((m) => m.channel).sort()).toEqual(['in_person', 'online', 'postal']);
  });

  it('gives most province-specific procedures their province', async () => {
    const catalog = await storage.catalog.load();
    const withProvince = catalog?.procedures.filter((p) => p.province !== undefined) ?? [];
    const unmapped = report.keptAsPublished.filter((p) => p.field === 'departmentPromulgate');
    expect(withProvince.length).toBeGreaterThan(800);
    expect(unmapped.length).toBeLessThan(withProvince.length / 10);
  });

  it('prints a readable report', () => {
    const text = formatImportReport(report);
    expect(text).toMatch(/Imported: 5,\d{3} procedures/);
    expect(text).toContain('STANDARD_INTERNAL');
    console.warn(`[import-real-data] report:\n${text}`);
  });

  it('re-imports idempotently: same rows, the same version (issue 11, item 8)', async () => {
    const before = await storage.catalog.load();
    const again = await importPortalFiles([PORTAL_DIR], storage.catalog);
    const after = await storage.catalog.load();
    expect(again.imported).toMatchObject({ new: 0, updated: 0, unchanged: report.imported.total });
    expect(after?.version).toBe(before?.version);
    expect(again.catalogVersion).toBe(before?.version);
    expect(after?.procedures).toEqual(before?.procedures);
  });
});

const database = hasPortalData ? await createTestDatabase() : undefined;

describe.runIf(hasPortalData && database !== undefined)('the same import into PostgreSQL', () => {
  let storage: Storage;

  beforeAll(async () => {
    storage = await openStorage({ dataDir: '', databaseUrl: database?.url ?? '' });
  });
  afterAll(async () => {
    await storage.close();
    await database?.drop();
  });

  it('imports the same procedures and re-imports idempotently', async () => {
    const first = await importPortalFiles([PORTAL_DIR], storage.catalog);
    expect(first.imported.new).toBe(first.imported.total);
    expect((await storage.catalog.get('1.001193'))?.name.vi).toBe('Thủ tục đăng ký khai sinh');
    const again = await importPortalFiles([PORTAL_DIR], storage.catalog);
    expect(again.imported).toMatchObject({ new: 0, updated: 0, unchanged: first.imported.total });
    // Nothing changed: phones keep their copy (issue 11, item 8).
    expect(again.catalogVersion).toBe(1);
  });
});
