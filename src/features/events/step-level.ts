import type { OnlineLevel } from '../../domain/online-level.ts';
import type { ProcedureEntry } from '../../domain/catalog-delta.ts';
import {
  levelInProvince,
  type ProcedureFamily,
  type ProvinceDecision,
} from '../../domain/procedure-family.ts';
import type { ProvinceCode } from '../../domain/provinces.ts';

/**
 * The one place that says which level a life-event step has in a province (issue 19, item 2),
 * through the same rule as the procedure page (issue 12's `levelInProvince`): the province's
 * official list wins; else the province's own version of the procedure (same family) where
 * its level is known; else the national procedure's own level.
 */
export type StepLevel =
  | { kind: 'missing'; code: string }
  | {
      kind: 'national' | 'provinceVersion';
      /** The procedure whose level this is: the province's own version, or the national one. */
      procedure: ProcedureEntry;
      /** The code the step names (the national procedure). */
      code: string;
      level: OnlineLevel;
    }
  | {
      kind: 'provinceDecision';
      procedure: ProcedureEntry;
      code: string;
      level: OnlineLevel;
      decision: string;
      decisionDate: string;
    };

export interface CatalogueView {
  byCode: ReadonlyMap<string, ProcedureEntry>;
  all: readonly ProcedureEntry[];
  /** Code → its family (issue 12); without it a procedure is its own only version. */
  families?: ReadonlyMap<string, ProcedureFamily<ProcedureEntry>>;
  /** The provinces' official lists stored on the device. */
  decisions?: ReadonlyMap<ProvinceCode, ProvinceDecision>;
}

export function stepLevel(
  code: string,
  province: ProvinceCode | undefined,
  catalogue: CatalogueView,
): StepLevel {
  const national = catalogue.byCode.get(code);
  if (!national) return { kind: 'missing', code };
  if (province) {
    const versions = catalogue.families?.get(code)?.versions ?? [national];
    const found = levelInProvince(versions, province, catalogue.decisions?.get(province));
    if (found?.source.kind === 'province_decision') {
      return {
        kind: 'provinceDecision',
        procedure: found.version,
        code,
        level: found.level,
        decision: found.source.decision,
        decisionDate: found.source.decisionDate,
      };
    }
    // A version whose level is not known says less than the national record: keep the national.
    if (found?.isProvinceVersion && found.level !== 'unknown') {
      return { kind: 'provinceVersion', procedure: found.version, code, level: found.level };
    }
  }
  return { kind: 'national', procedure: national, code, level: national.onlineLevel };
}
