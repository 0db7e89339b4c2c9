import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../../../src/domain/procedure.ts';
import {
  buildProcedureSearch,
  buildProcedureSearchAsync,
} from '../../../../src/domain/search/index.ts';
import { tokenize } from '../../../../src/domain/search/query.ts';
import { civilStatusProcedures, makeProcedure } from '../../../component/support/factories.ts';

const BIRTH = '1.001193';
const BIRTH_QUERIES = ['dang ky khai sinh', 'Đăng ký khai sinh', 'khai sinh', '1.001193'];

function codes(list: Procedure[]): string[] {
  return list.map((p) => p.code);
}

describe('tokenize', () => {
  it('keeps a procedure code whole and splits words on punctuation', () => {
    expect(tokenize('1.001193')).toEqual(['1.001193']);
    expect(tokenize('khai sinh, kết hôn.')).toEqual(['khai', 'sinh', 'kết', 'hôn']);
  });
});

describe('procedure search over a small catalogue', () => {
  const search = buildProcedureSearch(civilStatusProcedures());

  it.each(BIRTH_QUERIES)('"%s" puts birth registration first', (query) => {
    expect(search.search(query)[0]?.code).toBe(BIRTH);
  });

  it('finds other "khai sinh" procedures after it', () => {
    const found = codes(search.search('khai sinh'));
    expect(found).toEqual(expect.arrayContaining(['1.004884', '1.003583', '2.000635']));
    expect(found).not.toContain('1.001022');
  });

  it('matches prefixes while typing', () => {
    expect(search.search('dang ky ket h')[0]?.code).toBe('1.001022');
  });

  it('tolerates a small typo in a longer word', () => {
    expect(search.search('dang ky khai sinnh')[0]?.code).toBe(BIRTH);
    expect(codes(search.search('giay phep xay dung nha o rieng lee'))).toContain('2.002154');
  });

  it('treats the i/y spellings as one: "đăng kí" finds "đăng ký", and the other way round', () => {
    expect(search.search('dang ki khai sinh')[0]?.code).toBe(BIRTH);
    expect(search.search('Đăng kí kết hôn')[0]?.code).toBe('1.001022');
    const s = buildProcedureSearch([
      makeProcedure({ code: '1.000001', name: { vi: 'Cấp phiếu lí lịch tư pháp' } }),
      makeProcedure({ code: '1.000002', name: { vi: 'Quy định về tay nghề' } }),
    ]);
    expect(codes(s.search('ly lich'))).toEqual(['1.000001']);
    // A y after a vowel is another sound: "quy" is not "qui", "tay" is not "tai".
    expect(codes(s.search('qui'))).toEqual([]);
    expect(codes(s.search('tai'))).toEqual([]);
  });

  it('searches English names', () => {
    expect(search.search('marriage')[0]?.code).toBe('1.001022');
  });

  it('gives everything, sorted by Vietnamese name, for an empty query', () => {
    expect(search.search('   ')).toHaveLength(civilStatusProcedures().length);
    expect(search.all[0]?.name.vi).toBe('Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh');
  });

  it('finds nothing for words no procedure has', () => {
    expect(search.search('qwxz')).toEqual([]);
  });

  it('lists distinct fields for the filter', () => {
    expect(search.fields).toEqual(['Công nghiệp', 'Hộ tịch', 'Xây dựng']);
  });

  it('answers the same when built in chunks (the app builds it that way)', async () => {
    const chunked = await buildProcedureSearchAsync(civilStatusProcedures());
    for (const query of [...BIRTH_QUERIES, 'ket hon', 'marriage']) {
      expect(codes(chunked.search(query))).toEqual(codes(search.search(query)));
    }
  });

  it('puts an exact code first even when other codes share its digits', () => {
    const s = buildProcedureSearch([
      makeProcedure({ code: '1.001193', name: { vi: 'A' } }),
      makeProcedure({ code: '1.0011930', name: { vi: 'B' } }),
    ]);
    expect(s.search('1.001193')[0]?.code).toBe('1.001193');
  });
});

const CATALOG_FILE = fileURLToPath(
  new URL('../../../../../shared/data/national-portal/catalog.jsonl', import.meta.url),
);
const hasRealCatalog = existsSync(CATALOG_FILE);

interface ListRow {
  code: string;
  name: string;
  categories?: string[];
  type?: string;
}

describe('procedure search over the real national catalogue', () => {
  if (!hasRealCatalog) {
    it(`needs ${CATALOG_FILE} (absent here, so this check cannot run)`, () => {
      console.warn(`Skipping real-catalogue search test: ${CATALOG_FILE} not found.`);
      expect(hasRealCatalog).toBe(false);
    });
    return;
  }

  const rows = readFileSync(CATALOG_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as ListRow)
    .filter((row) => row.type !== 'STANDARD_INTERNAL');
  const search = buildProcedureSearch(
    rows.map((row) =>
      makeProcedure({ code: row.code, name: { vi: row.name }, fields: row.categories ?? [] }),
    ),
  );

  it('indexes thousands of procedures', () => {
    expect(search.all.length).toBeGreaterThan(5000);
  });

  it.each([...BIRTH_QUERIES, 'dang ki khai sinh'])(
    '"%s" puts Thủ tục đăng ký khai sinh first',
    (query) => {
      expect(search.search(query)[0]?.code).toBe(BIRTH);
    },
  );
});
