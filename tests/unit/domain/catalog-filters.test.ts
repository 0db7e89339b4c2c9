import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/domain/catalog-filters.ts';
import { civilStatusProcedures } from '../../component/support/factories.ts';

describe('applyFilters', () => {
  const all = civilStatusProcedures();

  it('keeps national procedures and the chosen province’s own, not other provinces’', () => {
    const hanoi = applyFilters(all, { province: '01' }).map((p) => p.code);
    const hue = applyFilters(all, { province: '46' }).map((p) => p.code);
    expect(hanoi).not.toContain('3.000616');
    expect(hue).toContain('3.000616');
    expect(hue).toHaveLength(all.length);
  });

  it('combines filters', () => {
    const found = applyFilters(all, { level: 'partial', field: 'Xây dựng', gov: 'commune' });
    expect(found.map((p) => p.code)).toEqual(['2.002154']);
  });
});
