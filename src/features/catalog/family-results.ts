import { versionForProvince, type ProcedureFamily } from '../../domain/procedure-family.ts';
import type { ProcedureEntry } from '../../domain/catalog-delta.ts';
import type { ProvinceCode } from '../../domain/provinces.ts';

export interface FamilyResult {
  /** The version the card opens: the chosen province's, else the one the search ranked first. */
  procedure: ProcedureEntry;
  versions: readonly ProcedureEntry[];
}

/**
 * One card per family (issue 12, item 2), in the search's order: the land certificate's ten
 * versions become one card, which opens the chosen province's version.
 */
export function collapseToFamilies(
  results: readonly ProcedureEntry[],
  families: ReadonlyMap<string, ProcedureFamily<ProcedureEntry>> | undefined,
  province: ProvinceCode | undefined,
): FamilyResult[] {
  const seen = new Set<string>();
  const cards: FamilyResult[] = [];
  for (const result of results) {
    const family = families?.get(result.code);
    if (!family) {
      cards.push({ procedure: result, versions: [result] });
      continue;
    }
    if (seen.has(family.key)) continue;
    seen.add(family.key);
    const chosen = province ? versionForProvince(family.versions, province) : undefined;
    cards.push({ procedure: chosen ?? result, versions: family.versions });
  }
  return cards;
}
