import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provinceListsPayloadSchema } from '../../src/domain/province-list.ts';
import { loadSeedProcedures } from '../../src/server/catalog/seed.ts';
import { loadConfig } from '../../src/server/config.ts';
import { openPostgresStorage } from '../../src/server/storage/postgres/storage.ts';
import { openSqliteStorage } from '../../src/server/storage/sqlite/storage.ts';
import type { Storage } from '../../src/server/storage/types.ts';
import { createTestDatabase } from './support/databases.ts';
import { createTestApp, makeTempDir } from './support/storage.ts';

const ADMIN_TOKEN = 'province-list-admin-token-0123456789';
const SAMPLE = readFileSync(
  path.resolve(import.meta.dirname, '../fixtures/province-lists/sample-province-list.csv'),
);

/** A list as a province's office saves it from Excel: title rows, a two-row merged header. */
async function mergedHeaderXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Ghi chú').addRow(['Danh mục kèm theo Quyết định']);
  const sheet = workbook.addWorksheet('Danh mục');
  sheet.addRow(['DANH MỤC DỊCH VỤ CÔNG TRỰC TUYẾN']);
  sheet.addRow([]);
  sheet.addRow(['STT', 'Mã thủ tục', 'Tên thủ tục hành chính', 'Mức độ DVCTT', '']);
  sheet.addRow(['', '', '', 'Toàn trình', 'Một phần']);
  sheet.mergeCells('D3:E3');
  sheet.addRow(['I', '', 'LĨNH VỰC HỘ TỊCH']);
  sheet.addRow([1, '1.001193', 'Thủ tục đăng ký khai sinh', '', 'X']);
  sheet.addRow([2, '', 'Thủ tục đăng ký kết hôn', 'x', '']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const LEVEL_COLUMN_CSV = Buffer.from(
  '\uFEFFSTT;Mã TTHC;Tên thủ tục;Lĩnh vực;Mức độ\n' +
    '1;1.012783;Cấp đổi Giấy chứng nhận quyền sử dụng đất;Đất đai;Một phần\n' +
    '2;1.004222;Đăng ký thường trú;Cư trú;Toàn trình\n' +
    '3;1.001193;Đăng ký khai sinh;Hộ tịch;Mức độ 9\n',
);

function contract(
  name: string,
  open: () => Promise<{ storage: Storage; dispose(): Promise<void> }>,
) {
  describe(`province lists: ${name}`, () => {
    let storage: Storage;
    let dispose: () => Promise<void>;
    let app: FastifyInstance;

    beforeAll(async () => {
      ({ storage, dispose } = await open());
      await storage.catalog.upsert(loadSeedProcedures());
      app = await createTestApp(storage, { config: loadConfig({ ADMIN_TOKEN }) });
    });
    afterAll(async () => {
      await app.close();
      await storage.close();
      await dispose();
    });

    const put = (province: string, body: Buffer, query = 'decision=1234/QĐ-UBND&date=2026-05-04') =>
      app.inject({
        method: 'PUT',
        url: `/api/admin/province-lists/${province}?${encodeURI(query)}`,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'text/csv' },
        payload: body,
      });

    it('imports the sample list: matched by code and name, unmatched with closest, conflicts', async () => {
      const before = (await storage.catalog.meta())?.version ?? 0;
      const response = await put('01', SAMPLE);
      expect(response.statusCode).toBe(200);
      const { report, catalogVersion } = response.json();
      expect(catalogVersion).toBe(before + 1);
      expect(report.matched).toEqual([
        { line: 3, code: '1.012783', level: 'full', by: 'code' },
        { line: 5, code: '1.001193', level: 'full', by: 'code' },
        { line: 6, code: '1.000894', level: 'partial', by: 'name' },
        { line: 10, code: '1.004222', level: 'partial', by: 'code' },
      ]);
      expect(report.unmatched).toHaveLength(1);
      expect(report.unmatched[0].name).toBe('Đăng ký khai sinh lưu độngg');
      expect(report.unmatched[0].closest[0].name).toMatch(/khai sinh/);
      expect(report.conflicts).toEqual([
        expect.objectContaining({
          line: 8,
          code: '1.001022',
          reason: expect.stringMatching(/both/),
        }),
      ]);
      expect(report.withoutLevel).toBe(1);
    });

    it('serves the lists to devices with an ETag that follows the catalogue version', async () => {
      const response = await app.inject({ url: '/api/province-lists' });
      expect(response.statusCode).toBe(200);
      const payload = provinceListsPayloadSchema.parse(response.json());
      expect(payload.lists.map((l) => [l.province, l.decision, l.decisionDate])).toEqual([
        ['01', '1234/QĐ-UBND', '2026-05-04'],
      ]);
      const again = await app.inject({
        url: '/api/province-lists',
        headers: { 'if-none-match': response.headers.etag as string },
      });
      expect(again.statusCode).toBe(304);
      const catalog = await app.inject({ url: '/api/catalog' });
      expect(catalog.headers.etag).toBe(`"catalog-v${payload.catalogVersion}"`);
    });

    it('reads a two-row merged header in .xlsx, on the sheet that has one, and replaces the list', async () => {
      const response = await put(
        '01',
        await mergedHeaderXlsx(),
        'decision=99/QĐ-UBND&date=2026-06-01',
      );
      expect(response.statusCode).toBe(200);
      expect(response.json().report.sheet).toBe('Danh mục');
      const stored = await app.inject({
        url: '/api/admin/province-lists/01',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      expect(stored.json()).toMatchObject({
        decision: '99/QĐ-UBND',
        entries: [
          { code: '1.001193', level: 'partial' },
          { code: '1.000894', level: 'full' },
        ],
      });
    });

    it('reads a semicolon CSV with one "Mức độ" column and reports a level it does not know', async () => {
      const response = await put('79', LEVEL_COLUMN_CSV);
      expect(response.statusCode).toBe(200);
      const { report } = response.json();
      expect(report.matched.map((m: { code: string; level: string }) => [m.code, m.level])).toEqual(
        [
          ['1.012783', 'partial'],
          ['1.004222', 'full'],
        ],
      );
      expect(report.conflicts[0].reason).toMatch(/Mức độ 9/);
    });

    it.each([
      ['an empty file', Buffer.alloc(0), /empty/],
      ['an old .xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), /\.xls/],
      [
        'a zip that is no spreadsheet',
        Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]),
        /not a readable \.xlsx/,
      ],
      ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), /neither/],
      ['a CSV with no list header', Buffer.from('a,b,c\n1,2,3\n'), /No list header/],
      ['a header and no rows', Buffer.from('Mã TTHC,Tên thủ tục,Toàn trình,Một phần\n'), /no rows/],
      [
        'rows that match nothing',
        Buffer.from('Mã TTHC,Tên thủ tục,Toàn trình\n,Không có thủ tục này,x\n'),
        /None of the 1 rows/,
      ],
      ['a file over 5 MB', Buffer.alloc(5 * 2 ** 20 + 1, 0x61), /5 MB|too large/i],
    ])('refuses %s with a clear message and changes nothing', async (_what, body, message) => {
      const before = await storage.catalog.meta();
      const lists = await storage.provinceLists.all();
      const response = await put('01', body);
      expect([400, 413]).toContain(response.statusCode);
      expect(response.json().error.message).toMatch(message);
      expect(await storage.catalog.meta()).toEqual(before);
      expect(await storage.provinceLists.all()).toEqual(lists);
    });

    it('refuses a sheet the file does not have, naming the ones it has', async () => {
      const response = await put(
        '01',
        await mergedHeaderXlsx(),
        'decision=1/QĐ&date=2026-06-01&sheet=Sheet9',
      );
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toMatch(/no sheet "Sheet9".*"Danh mục"/);
    });

    it('refuses a bad province, decision or date, and anyone without the token', async () => {
      expect((await put('99', SAMPLE)).statusCode).toBe(400);
      expect((await put('01', SAMPLE, 'date=2026-05-04')).json().error.message).toMatch(/decision/);
      expect(
        (await put('01', SAMPLE, 'decision=1/QĐ&date=04/05/2026')).json().error.message,
      ).toMatch(/YYYY-MM-DD/);
      const anonymous = await app.inject({
        method: 'PUT',
        url: '/api/admin/province-lists/01',
        payload: SAMPLE,
        headers: { 'content-type': 'text/csv' },
      });
      expect(anonymous.statusCode).toBe(401);
    });
  });
}

contract('SQLite', async () => {
  const temp = makeTempDir();
  return {
    storage: openSqliteStorage(path.join(temp.dir, 'dvc.sqlite')),
    dispose: async () => temp.cleanup(),
  };
});

const database = await createTestDatabase();
describe.runIf(database !== undefined)('PostgreSQL', () => {
  contract('PostgreSQL', async () => {
    if (!database) throw new Error('unreachable');
    return { storage: await openPostgresStorage(database.url), dispose: () => database.drop() };
  });
});
