import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../../../src/domain/procedure.ts';
import { buildProcedureSearch } from '../../../../src/domain/search/index.ts';
import { tonedKey } from '../../../../src/domain/search/query.ts';
import { correctSyllable, tonedKeysOf } from '../../../../src/domain/search/tones.ts';
import { makeProcedure } from '../../../component/support/factories.ts';

const vi = (code: string, name: string, extra: Partial<Procedure> = {}) =>
  makeProcedure({ code, name: { vi: name }, ...extra });

describe('syllables with their tones', () => {
  it('key a syllable the same wherever its mark was put, and i/y alike', () => {
    expect(tonedKey('hoà')).toBe(tonedKey('hòa'));
    expect(tonedKey('Ký')).toBe(tonedKey('kí'));
    expect(tonedKey('lái')).not.toBe(tonedKey('lại'));
    expect(tonedKey('1.001193')).toBeUndefined();
  });

  it('line up with the folded words only when the query has diacritics', () => {
    expect(tonedKeysOf('giay phep lai xe', ['giay', 'phep', 'lai', 'xe'])).toBeUndefined();
    expect(tonedKeysOf('lái xe', ['lai', 'xe'])).toEqual([tonedKey('lái'), tonedKey('xe')]);
  });

  it('correct a syllable no name has through the confusions speakers make', () => {
    const counts = new Map([
      [tonedKey('chiếu') as string, 5],
      [tonedKey('triệu') as string, 3],
      [tonedKey('tử') as string, 4],
    ]);
    expect(correctSyllable(tonedKey('triếu') as string, counts)).toBe(tonedKey('chiếu'));
    // hỏi and ngã are one tone in much of the country
    expect(correctSyllable(tonedKey('tữ') as string, counts)).toBe(tonedKey('tử'));
    // a syllable some name has is not corrected, whatever it folds like
    expect(correctSyllable(tonedKey('triệu') as string, counts)).toBeUndefined();
    expect(correctSyllable(tonedKey('bàn') as string, counts)).toBeUndefined();
  });
});

describe('search uses the tones a query was typed with', () => {
  const search = buildProcedureSearch([
    vi('1.000101', 'Cấp giấy phép lái xe'),
    vi('1.000102', 'Cấp lại giấy phép hoạt động'),
    vi('1.000103', 'Cấp hộ chiếu phổ thông'),
    vi('1.000104', 'Hỗ trợ một triệu đồng cho hộ nghèo'),
    vi('1.000105', 'Cấp thẻ căn cước'),
    vi('1.000106', 'Cấp giấy phép lao động'),
    vi('1.000107', 'Cấp giấy phép nạo vét luồng lạch'),
    vi('1.000108', 'Đào tạo lại nghề'),
    vi('1.000109', 'Đào tạo lái xe'),
  ]);
  const first = (query: string) => search.search(query)[0]?.code;

  it('prefers the name whose tones match ("lại" is not "lái")', () => {
    // Both fold to "dao tao lai …": only the tones typed tell them apart.
    expect(first('đào tạo lại')).toBe('1.000108');
    expect(first('đào tạo lái')).toBe('1.000109');
    const untoned = search
      .search('dao tao lai')
      .slice(0, 2)
      .map((p) => p.code);
    expect(untoned.sort()).toEqual(['1.000108', '1.000109']);
  });

  it('finds the word a misspelt syllable stands for, even when it folds like another word', () => {
    expect(first('hộ triếu')).toBe('1.000103');
    expect(first('giấy phép nao động')).toBe('1.000106');
  });

  it('reads "căn" typed with its tone as a word, not as the filler "cần"', () => {
    expect(first('căn cước')).toBe('1.000105');
    expect(search.search('cần căn cước').map((p) => p.code)).toContain('1.000105');
  });
});
