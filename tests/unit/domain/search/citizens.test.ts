import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../../../src/domain/procedure.ts';
import { buildProcedureSearch } from '../../../../src/domain/search/index.ts';
import { makeProcedure } from '../../../component/support/factories.ts';

/** Imported procedures have Vietnamese names only, as most of the real catalogue. */
const vi = (code: string, name: string, extra: Partial<Procedure> = {}) =>
  makeProcedure({ code, name: { vi: name }, ...extra });

const CATALOG = [
  vi('1.001193', 'Thủ tục đăng ký khai sinh'),
  vi('1.000656', 'Thủ tục đăng ký khai tử'),
  vi('1.004194', 'Đăng ký tạm trú'),
  vi('1.004222', 'Đăng ký thường trú'),
  vi('1.000001', 'Chú giải bản đồ địa chính'),
  vi('1.000006', 'Tạm ngừng kinh doanh'),
  vi('1.000008', 'Đăng ký thay đổi chủ phương tiện hoạt động thường xuyên'),
  vi('1.003583', 'Đăng ký khai sinh lưu động cho bé ở vùng sâu, vùng xa'),
  vi('1.000007', 'Thủ tục cấp mã số mã vạch'),
  vi('1.001456', 'Cấp hộ chiếu phổ thông'),
  vi('1.001612', 'Đăng ký thành lập hộ kinh doanh'),
  vi('3.000346', 'Cấp giấy phép lái xe'),
  vi('3.000348', 'Cấp lại giấy phép lái xe'),
  vi('1.000002', 'Trình báo mất hộ chiếu phổ thông'),
  vi('1.000003', 'Hỗ trợ cho bé đi nhà trẻ'),
  vi('1.000004', 'Cấp giấy phép nhập khẩu thuốc lá'),
  vi('1.013225', 'Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV (nhà ở riêng lẻ)'),
  vi('1.000005', 'Xin ý kiến về công trình thủy điện'),
];
const search = buildProcedureSearch(CATALOG);
const first = (query: string) => search.search(query)[0]?.code;

describe('search for what citizens type (issue 13)', () => {
  it('an extra word demotes instead of excluding the right procedure', () => {
    expect(first('đăng ký khai sinh cho bé')).toBe('1.001193');
    expect(first('cấp lại giấy phép lái xe bị mất')).toBe('3.000348');
    expect(first('xin giấy phép xây dựng')).toBe('1.013225');
  });

  it('finds a code pasted with its label', () => {
    expect(first('Mã thủ tục: 1.004194')).toBe('1.004194');
    expect(first('(1.004222)')).toBe('1.004222');
  });

  it('reads tr/ch, s/x, l/n and final t/c confusions as the word that fits the query', () => {
    expect(first('đăng ký thường chú')).toBe('1.004222');
    expect(first('đăng ký tạm chú')).toBe('1.004194');
    expect(first('tạm chú')).toBe('1.004194');
    expect(first('hộ triếu')).toBe('1.001456');
    expect(first('đăng ký khai xinh')).toBe('1.001193');
    expect(first('giấy phép nái xe')).toBe('3.000346');
    expect(first('đăng kí khai tữ')).toBe('1.000656');
  });

  it('knows colloquial names and English, without hiding the official wording', () => {
    expect(first('bằng lái xe')).toBe('3.000346');
    expect(first('hộ khẩu')).toBe('1.004222');
    expect(first('birth registration')).toBe('1.001193');
    // "nhập khẩu" is import in the catalogue; only "nhập hộ khẩu" is residence.
    expect(first('nhập khẩu')).toBe('1.000004');
    expect(first('nhập hộ khẩu')).toBe('1.004222');
  });

  it('answers a thing named without an action with its own procedure, not a renewal or loss', () => {
    expect(first('hộ chiếu')).toBe('1.001456');
    expect(first('giấy phép lái xe')).toBe('3.000346');
    // …and the action asked for when one is.
    expect(first('cấp lại giấy phép lái xe')).toBe('3.000348');
    expect(first('trình báo mất hộ chiếu')).toBe('1.000002');
  });

  it('puts the national procedure before a province’s own copy, and a commune one first', () => {
    const s = buildProcedureSearch([
      vi('1.115001', 'Đăng ký khai tử', { province: '01', agencies: ['UBND cấp xã'] }),
      vi('1.000656', 'Đăng ký khai tử', { governmentLevels: [], agencies: [] }),
      vi('2.000527', 'Đăng ký khai tử', {
        governmentLevels: ['other'],
        agencies: ['Cơ quan đại diện Việt Nam ở nước ngoài'],
      }),
    ]);
    expect(s.search('khai tử').map((p) => p.code)).toEqual(['1.000656', '1.115001', '2.000527']);
  });

  it('puts the chosen province’s own version first, above the national one and other copies', () => {
    const s = buildProcedureSearch([
      vi('1.000656', 'Đăng ký khai tử', { agencies: ['UBND cấp xã'] }),
      vi('1.115001', 'Đăng ký khai tử', { province: '01', agencies: ['UBND cấp xã'] }),
      vi('1.115002', 'Đăng ký khai tử', { province: '46', agencies: ['UBND cấp xã'] }),
    ]);
    const codes = (province?: '01' | '46') =>
      s.search('khai tử', province ? { province } : {}).map((p) => p.code);
    expect(codes('46')).toEqual(['1.115002', '1.000656', '1.115001']);
    expect(codes('01')).toEqual(['1.115001', '1.000656', '1.115002']);
    // No province chosen: the national procedure first, as before.
    expect(codes()[0]).toBe('1.000656');
  });
});

describe('the common case and slips of the keyboard (issue 13)', () => {
  const catalog = [
    vi('1.014061', 'Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên'),
    vi('1.014062', 'Cấp thẻ căn cước cho người dưới 14 tuổi'),
    vi('1.014064', 'Cấp lại thẻ căn cước'),
    vi('1.000656', 'Thủ tục đăng ký khai tử'),
    vi('1.005461', 'Đăng ký lại khai tử'),
    vi('1.005126', 'Cấp giấy phép xây dựng, cải tạo, nâng cấp đường ngang'),
    makeProcedure({
      code: '1.013225',
      name: {
        vi: 'Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV (Công trình không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng) và nhà ở riêng lẻ',
      },
      // The seed's plain-language summary: on the list of what people come to a desk for.
      summary: { vi: 'Giấy phép để xây nhà ở riêng lẻ.' },
    }),
    vi('3.000346', 'Cấp giấy phép lái xe'),
    vi('1.004194', 'Đăng ký tạm trú'),
  ];
  const index = buildProcedureSearch(catalog);
  const top = (query: string) => index.search(query)[0]?.code;

  it('says CCCD for an adult’s card, yet "cấp lại CCCD" is still the re-issue', () => {
    expect(top('CCCD')).toBe('1.014061');
    expect(top('identity card')).toBe('1.014061');
    expect(top('cấp lại CCCD')).toBe('1.014064');
  });

  it('puts the registration itself before its re-registration', () => {
    expect(top('khai tử')).toBe('1.000656');
    expect(top('đăng ký lại khai tử')).toBe('1.005461');
  });

  it('puts the seed’s popular procedure first among names that match alike', () => {
    const twins = buildProcedureSearch([
      vi('1.000001', 'Cấp giấy phép xây dựng công trình'),
      makeProcedure({
        code: '1.000002',
        name: { vi: 'Cấp giấy phép xây dựng nhà ở' },
        summary: { vi: 'Trình tự rõ ràng.' },
      }),
    ]);
    expect(twins.search('giấy phép xây dựng')[0]?.code).toBe('1.000002');
  });

  it('reads f as ph and a d without its stroke as đ', () => {
    expect(top('giấy fép lái xe')).toBe('3.000346');
    expect(top('giay fep lai xe')).toBe('3.000346');
    expect(top('dăng ký tạm trú')).toBe('1.004194');
  });

  it('lets a one-letter last word narrow what the others found, not add to it', () => {
    const results = index.search('đăng ký t').map((p) => p.code);
    expect(results[0]).toBe('1.004194');
    expect(results).not.toContain('3.000346');
  });
});
