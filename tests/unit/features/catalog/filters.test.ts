import { describe, expect, it } from 'vitest';
import { parseFilters } from '../../../../src/features/catalog/filters.ts';

const FIELDS = ['Hộ tịch', 'Xây dựng', 'Công nghiệp'];

describe('parseFilters', () => {
  it('reads valid values from the URL', () => {
    const params = new URLSearchParams(
      'level=full&gov=commune&field=H%E1%BB%99%20t%E1%BB%8Bch&province=01',
    );
    expect(parseFilters(params, FIELDS, undefined)).toEqual({
      level: 'full',
      gov: 'commune',
      field: 'Hộ tịch',
      province: '01',
    });
  });

  it('ignores unknown values (old links, typos, pre-2025 province codes)', () => {
    const params = new URLSearchParams('level=4&gov=district&field=Nope&province=30');
    expect(parseFilters(params, FIELDS, undefined)).toEqual({});
  });

  it('keeps a field while the catalogue is still loading', () => {
    expect(parseFilters(new URLSearchParams('field=Nope'), undefined, undefined)).toEqual({
      field: 'Nope',
    });
  });

  it('uses the remembered province unless the URL names one or says "all"', () => {
    expect(parseFilters(new URLSearchParams(''), FIELDS, '79')).toEqual({ province: '79' });
    expect(parseFilters(new URLSearchParams('province=48'), FIELDS, '79')).toEqual({
      province: '48',
    });
    expect(parseFilters(new URLSearchParams('province=all'), FIELDS, '79')).toEqual({});
  });
});
