import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Procedure } from '../../../src/domain/procedure.ts';
import { importPortalFiles } from '../../../src/server/catalog/import-portal.ts';
import {
  formatImportReport,
  type ImportReport,
} from '../../../src/server/catalog/import-report.ts';
import { openSqliteStorage } from '../../../src/server/storage/sqlite/storage.ts';
import type { Storage } from '../../../src/server/storage/types.ts';

/** A list row as the portal's list endpoint writes it. */
function row(code: string, extra: Record<string, unknown> = {}) {
  return {
    id: `id-${code}`,
    code,
    name: `Thủ tục ${code}`,
    categories: ['Hộ tịch'],
    departments: ['Ủy ban nhân dân cấp xã'],
    departmentPromulgate: 'Bộ Tư pháp',
    formalityTargetType: ['Công dân Việt Nam'],
    state: 'ACTIVE',
    type: 'STANDARD',
    ...extra,
  };
}

/** A detail answer `{code, data, message}` as the portal's detail endpoint writes it. */
function detail(code: string, data: Record<string, unknown>) {
  return JSON.stringify({
    code: 'OK',
    message: 'OK',
    data: {
      code,
      name: `Thủ tục ${code} (chi tiết)`,
      type: 'STANDARD',
      isWard: true,
      isProvince: false,
      isMinistry: false,
      isOtherAgency: false,
      isFullProcess: false,
      executionMethods: [],
      executionCases: [],
      executionSteps: [],
      resultsDetails: [{ name: 'Giấy khai sinh' }],
      legalBasisesDetails: [{ name: 'Luật Hộ tịch 2014' }],
      categoriesDetails: [{ name: 'Hộ tịch' }],
      subjectTypesDetails: [{ name: 'Công dân Việt Nam' }],
      departmentsExecuting: [],
      unitGroupsExecuting: [{ name: 'Ủy ban nhân dân cấp xã' }],
      departmentPromulgateName: 'Bộ Tư pháp',
      ...data,
    },
  });
}

const online = (extra: Record<string, unknown> = {}) => ({
  submissionMethod: 'ONLINE',
  processingTime: 5,
  processingTimeUnit: 'WORKING_DAY',
  fees: [],
  ...extra,
});

describe('importing national-portal files', () => {
  let folder: string;
  let storage: Storage;
  let report: ImportReport;
  const get = async (code: string) => (await storage.catalog.get(code)) as Procedure;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'dvc-import-unit-'));
    const lines = [
      row('1.000001'),
      row('1.000002'),
      row('1.000003'),
      row('1.000004'),
      row('1.000005', { type: 'STANDARD_INTERNAL' }),
    ].map((r) => JSON.stringify(r));
    lines.push('{"code":"1.000006","name":"Cắt ngang'); // line 6: broken JSON
    lines.push(
      JSON.stringify(
        row('2.000007', { type: 'SPECIFIC', departmentPromulgate: 'UBND Thành phố Huế' }),
      ),
    );
    lines.push(
      JSON.stringify(
        row('2.000008', { type: 'SPECIFIC', departmentPromulgate: 'UBND Đặc khu Nào Đó' }),
      ),
    );
    lines.push(JSON.stringify({ ...row('1.000009'), name: undefined })); // line 9: no name
    lines.push(JSON.stringify(row(' 1.000010 '))); // stray spaces around the code
    writeFileSync(path.join(folder, 'catalog.jsonl'), `${lines.join('\n')}\n`);

    mkdirSync(path.join(folder, 'details'));
    const write = (name: string, text: string) =>
      writeFileSync(path.join(folder, 'details', name), text);
    write(
      '1.000001.json',
      detail('1.000001', {
        isFullProcess: true,
        isProvince: true,
        executionMethods: [
          online({ fees: [{ type: 'FEE', value: 8000, description: 'Lệ phí' }] }),
          {
            submissionMethod: 'DIRECT',
            processingTime: 'Theo mô tả',
            processingTimeUnit: 'OTHER',
            fees: [
              { type: 'CHARGE', value: null, description: 'Chi tiết tại biểu phí kèm theo' },
              { type: 'PRICE_LEVEL', value: '50.000 đồng' },
            ],
          },
          {
            submissionMethod: 'POSTAL',
            processingTime: '2,5',
            processingTimeUnit: 'DAY',
            fees: [],
          },
        ],
        executionCases: [
          {
            name: 'Trường hợp trẻ bị bỏ rơi',
            profileComponents: [{ name: 'Biên bản trẻ bị bỏ rơi', originalQty: 1, copyQty: 0 }],
          },
        ],
        executionSteps: [
          { name: '', description: 'Nộp hồ sơ' },
          { name: '', description: '' },
        ],
      }),
    );
    write('1.000002.json', detail('1.000002', { executionMethods: [online()] }));
    write(
      '1.000003.json',
      detail('1.000003', {
        executionMethods: [
          {
            submissionMethod: 'DIRECT',
            processingTime: 3,
            processingTimeUnit: 'WORKING_DAY',
            fees: [],
          },
        ],
      }),
    );
    write('1.000011.json', detail('1.000011', { executionMethods: [online()] }).slice(0, 120)); // truncated
    writeFileSync(path.join(folder, 'README.md'), '# not data');

    mkdirSync(`${folder}-db`);
    storage = openSqliteStorage(path.join(`${folder}-db`, 'dvc.sqlite'));
    report = await importPortalFiles([folder], storage.catalog);
  });

  afterAll(async () => {
    await storage.close();
    rmSync(folder, { recursive: true, force: true });
    rmSync(`${folder}-db`, { recursive: true, force: true });
  });

  it('derives the online level: full, partial, in person, and unknown without a detail', async () => {
    expect((await get('1.000001')).onlineLevel).toBe('full');
    expect((await get('1.000002')).onlineLevel).toBe('partial');
    expect((await get('1.000003')).onlineLevel).toBe('in_person');
    expect((await get('1.000004')).onlineLevel).toBe('unknown');
  });

  it('lets the detail override the list row and keeps the row for the rest', async () => {
    const merged = await get('1.000001');
    expect(merged.name.vi).toBe('Thủ tục 1.000001 (chi tiết)');
    expect(merged.governmentLevels).toEqual(['province', 'commune']);
    expect(merged.agencies).toEqual(['Ủy ban nhân dân cấp xã']);
    expect(merged.portalUrl).toBe('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/id-1.000001');
    const rowOnly = await get('1.000004');
    expect(rowOnly.name.vi).toBe('Thủ tục 1.000004');
    expect(rowOnly.methods).toEqual([]);
    expect(rowOnly.applicants).toEqual(['Công dân Việt Nam']);
  });

  it('maps channels and units, keeping what it cannot read instead of inventing', async () => {
    const [web, office, post] = (await get('1.000001')).methods;
    expect(web).toMatchObject({
      channel: 'online',
      processingTime: { value: 5, unit: 'working_day' },
      fees: [{ kind: 'FEE', amountVnd: 8000, note: 'Lệ phí' }],
    });
    expect(office?.channel).toBe('in_person');
    expect(office?.processingTime).toEqual({
      value: null,
      unit: 'other',
      unitRaw: 'OTHER',
      note: 'Theo mô tả',
    });
    expect(office?.fees).toEqual([
      { kind: 'CHARGE', amountVnd: null, note: 'Chi tiết tại biểu phí kèm theo' },
      { kind: 'PRICE_LEVEL', amountVnd: null, note: 'Source amount: "50.000 đồng"' },
    ]);
    expect(post).toMatchObject({ channel: 'postal', processingTime: { value: 2.5, unit: 'day' } });
  });

  it('maps documents with their case as group, and skips empty steps', async () => {
    const procedure = await get('1.000001');
    expect(procedure.documents).toEqual([
      {
        name: 'Biên bản trẻ bị bỏ rơi',
        group: 'Trường hợp trẻ bị bỏ rơi',
        originals: 1,
        copies: 0,
      },
    ]);
    expect(procedure.steps).toEqual(['Nộp hồ sơ']);
    expect(procedure.results).toEqual(['Giấy khai sinh']);
    expect(procedure.legalBasis).toEqual(['Luật Hộ tịch 2014']);
  });

  it('gives a province-specific procedure its province from the publisher name', async () => {
    expect((await get('2.000007')).province).toBe('46');
    expect((await get('2.000008')).province).toBeUndefined();
    expect((await get('1.000002')).province).toBeUndefined();
    expect(report.keptAsPublished).toContainEqual(
      expect.objectContaining({ code: '2.000008', field: 'departmentPromulgate' }),
    );
  });

  it('skips STANDARD_INTERNAL procedures and counts them', async () => {
    expect(await storage.catalog.has('1.000005')).toBe(false);
    expect(report.skipped.internal).toBe(1);
  });

  it('reports a broken line with its line number and a missing field by name', () => {
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        file: expect.stringContaining('catalog.jsonl'),
        line: 6,
        field: '(line)',
      }),
    );
    expect(report.problems).toContainEqual(
      expect.objectContaining({ line: 9, code: '1.000009', field: 'name' }),
    );
  });

  it('reports a truncated detail file and still imports everything else', async () => {
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        file: expect.stringContaining('1.000011.json'),
        message: expect.stringContaining('not valid JSON'),
      }),
    );
    expect(report.skipped.invalid).toBe(3);
    expect(await storage.catalog.has('1.000011')).toBe(false);
    expect(await storage.catalog.has('1.000010')).toBe(true);
    expect(report.imported).toEqual({ total: 7, new: 7, updated: 0, unchanged: 0 });
    expect(report.detailsMerged).toBe(3);
    expect(report.filesIgnored).toEqual(['README.md']);
  });

  it('ends with a readable report of counts and problems by file and field', () => {
    const text = formatImportReport(report);
    expect(text).toContain('Imported: 7 procedures (7 new, 0 updated, 0 unchanged)');
    expect(text).toContain('Skipped: 1 STANDARD_INTERNAL (between agencies), 3 invalid');
    expect(text).toMatch(/catalog\.jsonl · \(line\) — e\.g\. catalog\.jsonl line 6/);
    expect(text).toContain('executionMethods.fees.value');
  });

  it('re-imports idempotently: same rows, nothing new, the same version (issue 11)', async () => {
    const before = await storage.catalog.load();
    const again = await importPortalFiles([folder], storage.catalog);
    const after = await storage.catalog.load();
    expect(again.imported).toEqual({ total: 7, new: 0, updated: 0, unchanged: 7 });
    expect(after?.procedures).toEqual(before?.procedures);
    // Nothing changed, so phones keep their copy: the version stays.
    expect(after?.version).toBe(before?.version);
    expect(again.catalogVersion).toBe(before?.version);
  });

  it('reports a path that does not exist and imports nothing', async () => {
    const missing = await importPortalFiles([path.join(folder, 'nope')], storage.catalog);
    expect(missing.imported.total).toBe(0);
    expect(missing.catalogVersion).toBeUndefined();
    expect(missing.problems[0]?.field).toBe('(file)');
  });

  it('links a procedure only to its own portal page: kept from the row, none without an id', async () => {
    // Detail files alone carry no portal id (issue 11, item 7).
    const alone = mkdtempSync(path.join(tmpdir(), 'dvc-detail-alone-'));
    writeFileSync(path.join(alone, '1.000002.json'), detail('1.000002', { name: 'Đổi tên' }));
    writeFileSync(path.join(alone, '1.000099.json'), detail('1.000099', {}));
    try {
      await importPortalFiles([alone], storage.catalog);
      // The page link an earlier list row gave is kept when its detail comes alone.
      expect((await get('1.000002')).portalUrl).toBe(
        'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/id-1.000002',
      );
      // A procedure never seen in a list row gets no link, not one to the portal's search.
      expect((await get('1.000099')).portalUrl).toBeUndefined();
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
  });
});

describe('importing over a seeded catalogue', () => {
  it('keeps the hand-written English name, summary and details the portal row does not have', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'dvc-import-seeded-'));
    const storage = openSqliteStorage(path.join(folder, 'dvc.sqlite'));
    try {
      await storage.catalog.upsert([
        {
          code: '1.001193',
          name: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
          summary: { vi: 'Khai sinh cho trẻ.', en: 'Registers a birth.' },
          fields: [],
          governmentLevels: ['commune'],
          agencies: [],
          onlineLevel: 'partial',
          methods: [],
          documents: [],
          steps: [],
          results: [],
          legalBasis: [],
          portalUrl: 'https://dichvucong.gov.vn/',
        },
      ]);
      const source = path.join(folder, 'catalog.jsonl');
      writeFileSync(source, JSON.stringify(row('1.001193', { name: 'Thủ tục đăng ký khai sinh' })));
      const report = await importPortalFiles([source], storage.catalog);
      expect(report.imported).toEqual({ total: 1, new: 0, updated: 1, unchanged: 0 });
      const merged = await storage.catalog.get('1.001193');
      expect(merged?.name).toEqual({ vi: 'Thủ tục đăng ký khai sinh', en: 'Birth registration' });
      expect(merged?.summary?.en).toBe('Registers a birth.');
      // The row has no detail: what the seed said about channels stays instead of "unknown".
      expect(merged?.onlineLevel).toBe('partial');
      expect(merged?.governmentLevels).toEqual(['commune']);
      expect(report.detailsKeptFromStore).toBe(1);
    } finally {
      await storage.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('keeps whose facts these are, and where and how, when a later list row has no detail', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'dvc-import-where-'));
    const storage = openSqliteStorage(path.join(folder, 'dvc.sqlite'));
    try {
      const details = path.join(folder, 'details');
      mkdirSync(details);
      writeFileSync(
        path.join(details, '1.000050.json'),
        detail('1.000050', {
          executionMethods: [online()],
          dossierReceivingAddresses: 'Trung tâm Phục vụ hành chính công tỉnh',
          requirementsAndConditions: 'Không quy định',
          isNonTerritorial: true,
          returningMethods: [{ type: 'ONLINE', value: ['ONLINE'] }],
          updatedAt: Date.UTC(2026, 6, 1),
        }),
      );
      await importPortalFiles([details], storage.catalog);
      const first = await storage.catalog.get('1.000050');
      expect(first).toMatchObject({
        factsSource: 'portal',
        sourceUpdatedAt: '2026-07-01',
        receivingAddresses: 'Trung tâm Phục vụ hành chính công tỉnh',
        isFiledAnywhereInProvince: true,
        requirements: 'Không quy định',
        resultDelivery: [{ filedBy: 'online', ways: ['online'] }],
      });
      const list = path.join(folder, 'catalog.jsonl');
      writeFileSync(list, JSON.stringify(row('1.000050')));
      const report = await importPortalFiles([list], storage.catalog);
      expect(report.detailsKeptFromStore).toBe(1);
      const after = await storage.catalog.get('1.000050');
      expect(after).toMatchObject({
        factsSource: 'portal',
        sourceUpdatedAt: '2026-07-01',
        isFiledAnywhereInProvince: true,
        resultDelivery: [{ filedBy: 'online', ways: ['online'] }],
        portalUrl: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/id-1.000050',
      });
    } finally {
      await storage.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
