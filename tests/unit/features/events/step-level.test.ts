import { describe, expect, it } from 'vitest';
import { familiesByCode, groupFamilies } from '../../../../src/domain/procedure-family.ts';
import type { ProcedureEntry } from '../../../../src/domain/catalog-delta.ts';
import { stepLevel } from '../../../../src/features/events/step-level.ts';
import { makeProcedure } from '../../../server/support/procedures.ts';

const NAME = 'Cấp giấy phép xây dựng nhà ở riêng lẻ';
const national = makeProcedure('1.013225', {
  name: { vi: NAME },
  fields: ['Xây dựng'],
  onlineLevel: 'partial',
});
const langSon = makeProcedure('1.900001', {
  name: { vi: NAME },
  fields: ['Xây dựng'],
  province: '20',
  onlineLevel: 'full',
});

function catalogueOf(
  all: ProcedureEntry[],
  decisions?: Parameters<typeof stepLevel>[2]['decisions'],
) {
  return {
    all,
    byCode: new Map(all.map((p) => [p.code, p])),
    families: familiesByCode(groupFamilies(all)),
    decisions,
  };
}

describe("a life-event step's level in a province", () => {
  it('is the national level without a province, and where the province has nothing of its own', () => {
    const catalogue = catalogueOf([national, langSon]);
    expect(stepLevel('1.013225', undefined, catalogue)).toMatchObject({
      kind: 'national',
      level: 'partial',
    });
    expect(stepLevel('1.013225', '38', catalogue)).toMatchObject({
      kind: 'national',
      level: 'partial',
    });
  });

  it("is the province's own version of the procedure where it has one", () => {
    expect(stepLevel('1.013225', '20', catalogueOf([national, langSon]))).toMatchObject({
      kind: 'provinceVersion',
      level: 'full',
      procedure: { code: '1.900001' },
    });
  });

  it("is the province's official list where it names the procedure, over the national flag", () => {
    const decisions = new Map([
      [
        '38' as const,
        {
          province: '38' as const,
          decision: '123/QĐ-UBND',
          decisionDate: '2026-05-04',
          levels: new Map([['1.013225', 'full' as const]]),
        },
      ],
    ]);
    expect(stepLevel('1.013225', '38', catalogueOf([national, langSon], decisions))).toMatchObject({
      kind: 'provinceDecision',
      level: 'full',
      decision: '123/QĐ-UBND',
      decisionDate: '2026-05-04',
    });
  });

  it('says a step is missing when its code is not in the catalogue', () => {
    expect(stepLevel('1.000000', '20', catalogueOf([national]))).toEqual({
      kind: 'missing',
      code: '1.000000',
    });
  });
});
