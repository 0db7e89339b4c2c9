import type { OnlineLevel } from '../../domain/online-level.ts';
import type { ProcedureEntry } from '../../domain/catalog-delta.ts';
import type { ProvinceCode } from '../../domain/provinces.ts';
import { foldForSearch } from '../../domain/search/query.ts';

/**
 * THE ONE PLACE that says which level a life-event step has in a province (issue 19, item 2).
 * The province work (issue 12) brings a pure `levelInProvince` in src/domain with the
 * province's official list winning over the national flag; when it lands, swap the body of
 * `stepLevel` for it and keep this signature. Until then: the province's own (SPECIFIC) version
 * of the procedure where the catalogue has one — same name and field, published by that
 * province — otherwise the national procedure's own level.
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
    };

export interface CatalogueView {
  byCode: ReadonlyMap<string, ProcedureEntry>;
  all: readonly ProcedureEntry[];
}

/** A name without "Thủ tục", case, tones or punctuation: how one procedure's versions agree. */
function nameKey(name: string): string {
  return foldForSearch(name)
    .replace(/^thu tuc:?\s*/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const versionsByCatalogue = new WeakMap<object, Map<string, ProcedureEntry[]>>();

function provinceVersions(catalogue: CatalogueView): Map<string, ProcedureEntry[]> {
  let map = versionsByCatalogue.get(catalogue);
  if (!map) {
    map = new Map();
    for (const p of catalogue.all) {
      if (!p.province) continue;
      const key = nameKey(p.name.vi);
      map.set(key, [...(map.get(key) ?? []), p]);
    }
    versionsByCatalogue.set(catalogue, map);
  }
  return map;
}

export function stepLevel(
  code: string,
  province: ProvinceCode | undefined,
  catalogue: CatalogueView,
): StepLevel {
  const national = catalogue.byCode.get(code);
  if (!national) return { kind: 'missing', code };
  if (province) {
    const own = provinceVersions(catalogue)
      .get(nameKey(national.name.vi))
      ?.find(
        (p) => p.province === province && p.fields.some((field) => national.fields.includes(field)),
      );
    // A version whose level is not known says less than the national record: keep the national.
    if (own && own.onlineLevel !== 'unknown') {
      return { kind: 'provinceVersion', procedure: own, code, level: own.onlineLevel };
    }
  }
  return { kind: 'national', procedure: national, code, level: national.onlineLevel };
}
