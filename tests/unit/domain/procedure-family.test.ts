import { beforeAll, describe, expect, it } from 'vitest';
import {
  familiesByCode,
  familyBaseKey,
  groupFamilies,
  hasDifferingLevels,
  levelInProvince,
  levelSpread,
  type FamilyMember,
  type ProcedureFamily,
  type ProvinceDecision,
} from '../../../src/domain/procedure-family.ts';
import type { Procedure } from '../../../src/domain/procedure.ts';
import { hasPortalData, loadRealCatalog } from './search/eval/real-catalog.ts';

function member(overrides: Partial<FamilyMember> & { code: string }): FamilyMember {
  return {
    name: { vi: 'Cấp đổi giấy chứng nhận quyền sử dụng đất' },
    fields: ['Đất đai'],
    onlineLevel: 'partial',
    governmentLevels: [],
    agencies: [],
    ...overrides,
  };
}

describe('the family key', () => {
  it('is the same for NFD, doubled spaces, a stray leading dot and another case', () => {
    const clean = member({ code: '1.000001' });
    const messy = member({
      code: '1.000002',
      name: { vi: '. Cấp đổi  giấy chứng nhận QUYỀN sử dụng đất'.normalize('NFD') },
    });
    expect(familyBaseKey(messy)).toBe(familyBaseKey(clean));
  });

  it('keeps one name in two fields apart', () => {
    const land = member({ code: '1.000001' });
    const other = member({ code: '1.000002', fields: ['Đo đạc, bản đồ'] });
    expect(groupFamilies([land, other])).toHaveLength(2);
  });

  it('puts a national template and provinces’ versions in one family, national first', () => {
    const families = groupFamilies([
      member({ code: '1.115733', province: '20', onlineLevel: 'full' }),
      member({ code: '1.012783', onlineLevel: 'unknown' }),
      member({ code: '1.115784', province: '82' }),
    ]);
    expect(families).toHaveLength(1);
    expect(families[0]?.versions.map((v) => v.code)).toEqual(['1.012783', '1.115733', '1.115784']);
  });

  it('splits one name done at two tiers of government (agency names or level flags)', () => {
    const families = groupFamilies([
      member({
        code: '1.115236',
        agencies: ['Cơ quan chuyên môn thuộc Bộ Nông nghiệp và Môi trường'],
      }),
      member({
        code: '1.115237',
        agencies: [
          'Cơ quan chuyên môn về nông nghiệp và môi trường thuộc Ủy ban nhân dân cấp tỉnh',
        ],
      }),
      member({ code: '1.000003', governmentLevels: ['commune'] }),
    ]);
    expect(families).toHaveLength(3);
  });
});

describe('the level in a province', () => {
  const national = member({
    code: '1.012783',
    onlineLevel: 'partial',
    sourceUpdatedAt: '2026-07-01',
  });
  const langSon = member({ code: '1.115733', province: '20', onlineLevel: 'full' });
  const versions = [national, langSon];
  const decision: ProvinceDecision = {
    province: '79',
    decision: '1234/QĐ-UBND',
    decisionDate: '2026-05-04',
    levels: new Map([['1.012783', 'full']]),
  };

  it('is the province’s own version when it has one, from the portal', () => {
    expect(levelInProvince(versions, '20', undefined, '2026-07-18T00:00:00Z')).toEqual({
      level: 'full',
      version: langSon,
      isProvinceVersion: true,
      source: { kind: 'national_portal', code: '1.115733', asOf: '2026-07-18' },
    });
  });

  it('is the national template elsewhere, dated by its record', () => {
    const found = levelInProvince(versions, '01', undefined);
    expect(found?.level).toBe('partial');
    expect(found?.source).toEqual({
      kind: 'national_portal',
      code: '1.012783',
      asOf: '2026-07-01',
    });
  });

  it('follows the province’s decision over the national flag, and says so', () => {
    const found = levelInProvince(versions, '79', decision);
    expect(found?.level).toBe('full');
    expect(found?.source).toEqual({
      kind: 'province_decision',
      province: '79',
      decision: '1234/QĐ-UBND',
      decisionDate: '2026-05-04',
    });
  });

  it('is undefined for another province’s own procedure', () => {
    expect(levelInProvince([langSon], '79', undefined)).toBeUndefined();
  });

  it('spreads over the 34 provinces', () => {
    const spread = levelSpread(versions, new Map([['79', decision]]));
    expect(spread.byLevel.full).toEqual(['20', '79']);
    expect(spread.byLevel.partial).toHaveLength(32);
    expect(spread.fromDecisions).toBe(1);
  });
});

describe.runIf(hasPortalData)('families over the real national catalogue', () => {
  let procedures: Procedure[];
  let families: ProcedureFamily<Procedure>[];
  let byCode: Map<string, ProcedureFamily<Procedure>>;
  beforeAll(async () => {
    procedures = await loadRealCatalog();
    families = groupFamilies(procedures);
    byCode = familiesByCode(families);
  }, 120_000);

  it('puts every procedure in exactly one family', () => {
    expect(families.reduce((n, f) => n + f.versions.length, 0)).toBe(procedures.length);
    expect(byCode.size).toBe(procedures.length);
  });

  it('gathers the land certificate’s ten versions, national template first', () => {
    const family = byCode.get('1.115733');
    expect(family?.versions.map((v) => v.code)).toContain('1.012783');
    expect(family?.versions[0]?.province).toBeUndefined();
    expect(family?.versions).toHaveLength(10);
    expect(new Set(family?.versions.map((v) => v.province)).size).toBe(10);
    expect(family && hasDifferingLevels(family.versions)).toBe(true);
  });

  it('does not merge a name done by a ministry body with the province’s (forest carbon)', () => {
    expect(byCode.get('1.115236')).not.toBe(byCode.get('1.115237'));
    // Same name and field, different tiers: the tier is in the key.
    expect(byCode.get('1.115236')?.key).not.toBe(byCode.get('1.115237')?.key);
  });

  it('does not merge a commune’s and a department’s procedure of one province (Lào Cai)', () => {
    expect(byCode.get('1.115682')).not.toBe(byCode.get('1.115655'));
  });

  it('has a few families where one province still has two versions, which cards tell apart', () => {
    const twice = families.filter((f) => {
      const own = f.versions.filter((v) => v.province !== undefined).map((v) => v.province);
      return new Set(own).size < own.length;
    });
    // Reported in the note; each has distinct codes (and mostly agencies) to show.
    expect(twice.length).toBeGreaterThan(0);
    expect(twice.length).toBeLessThan(20);
  });
});
