import {
  familiesByCode,
  familyBaseKey,
  groupFamilies,
  versionForProvince,
  type ProcedureFamily,
} from '../../../domain/procedure-family.ts';
import type { Procedure } from '../../../domain/procedure.ts';
import type { ProvinceListEntry, ProvinceListLevel } from '../../../domain/province-list.ts';
import { findProvince, type ProvinceCode } from '../../../domain/provinces.ts';
import { foldVietnamese } from '../../../domain/fold.ts';
import type { ListRow } from './list-rows.ts';

export interface MatchedRow {
  line: number;
  code: string;
  level: ProvinceListLevel;
  by: 'code' | 'name';
  /** The code the row gave when it is not the one used (a national code, its province's own). */
  rowCode?: string;
}
export interface UnmatchedRow {
  line: number;
  code?: string;
  name: string;
  /** Up to three catalogue names nearest to the row's, for the operator to check. */
  closest: { code: string; name: string }[];
}
export interface ConflictRow {
  line: number;
  code?: string;
  name: string;
  reason: string;
}

export interface MatchReport {
  sheet: string;
  rows: number;
  matched: MatchedRow[];
  unmatched: UnmatchedRow[];
  conflicts: ConflictRow[];
  /** Rows with a name but no level marked (listed procedures not offered online). */
  withoutLevel: number;
}

/**
 * Matches a list's rows to the catalogue (issue 12, item 4): by code first; else by the row's
 * name within the families that apply in the province (its own version, else the national
 * template), using the family key of procedure-family.ts. A code of a family resolves to the
 * version the province uses. Rows that match nothing get the closest names; rows that say two
 * things (two levels for one procedure, a name that fits several procedures, another province's
 * own procedure) are conflicts and are not imported.
 */
export function matchListRows(
  rows: readonly ListRow[],
  province: ProvinceCode,
  procedures: readonly Procedure[],
): { entries: ProvinceListEntry[]; report: Omit<MatchReport, 'sheet'> } {
  const families = groupFamilies(procedures);
  const byCode = familiesByCode(families);
  const own = families.filter((f) => versionForProvince(f.versions, province) !== undefined);
  const byKey = new Map<string, ProcedureFamily<Procedure>[]>();
  const byName = new Map<string, ProcedureFamily<Procedure>[]>();
  for (const family of own) {
    const version = versionForProvince(family.versions, province) as Procedure;
    push(byKey, familyBaseKey(version), family);
    push(byName, familyBaseKey({ name: version.name, fields: [] }), family);
  }
  const matched: MatchedRow[] = [];
  const unmatched: UnmatchedRow[] = [];
  const conflicts: ConflictRow[] = [];
  let withoutLevel = 0;
  const levelOf = new Map<string, { level: ProvinceListLevel; line: number }>();
  // A code given two levels is not imported at all: which one the decision means is unknown.
  const conflicted = new Set<string>();
  const provinceName = findProvince(province)?.vi ?? province;

  for (const row of rows) {
    const base = { line: row.line, name: row.name, ...(row.code ? { code: row.code } : {}) };
    if (row.problem) {
      conflicts.push({ ...base, reason: row.problem });
      continue;
    }
    if (!row.level) {
      withoutLevel += 1;
      continue;
    }
    let family: ProcedureFamily<Procedure> | undefined;
    let by: MatchedRow['by'] = 'code';
    if (row.code) family = byCode.get(row.code);
    if (!family) {
      by = 'name';
      const exact = row.field
        ? byKey.get(familyBaseKey({ name: { vi: row.name }, fields: [row.field] }))
        : undefined;
      const found = exact ?? byName.get(familyBaseKey({ name: { vi: row.name }, fields: [] }));
      if (found && found.length > 1) {
        conflicts.push({
          ...base,
          reason: `the name fits ${found.length} procedures (${found
            .map((f) => versionForProvince(f.versions, province)?.code)
            .join(', ')}): give the code`,
        });
        continue;
      }
      family = found?.[0];
    }
    if (!family) {
      unmatched.push({ ...base, closest: closestNames(row.name, own, province) });
      continue;
    }
    const version = versionForProvince(family.versions, province);
    if (!version) {
      const owner = family.versions[0]?.province;
      conflicts.push({
        ...base,
        reason: `${row.code} is ${findProvince(owner)?.vi ?? 'another province'}'s own procedure, not ${provinceName}'s`,
      });
      continue;
    }
    const earlier = levelOf.get(version.code);
    if (earlier && earlier.level !== row.level) {
      conflicted.add(version.code);
      conflicts.push({
        ...base,
        reason: `row ${earlier.line} gives ${version.code} another level (${earlier.level})`,
      });
      continue;
    }
    levelOf.set(version.code, { level: row.level, line: row.line });
    matched.push({
      line: row.line,
      code: version.code,
      level: row.level,
      by,
      ...(row.code && row.code !== version.code ? { rowCode: row.code } : {}),
    });
  }
  const entries = [...levelOf]
    .filter(([code]) => !conflicted.has(code))
    .map(([code, { level }]) => ({ code, level }));
  return {
    entries,
    report: {
      rows: rows.length,
      matched: matched.filter((m) => !conflicted.has(m.code)),
      unmatched,
      conflicts,
      withoutLevel,
    },
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function bigrams(text: string): Set<string> {
  const folded = ` ${foldVietnamese(text)} `;
  const grams = new Set<string>();
  for (let i = 0; i < folded.length - 1; i += 1) grams.add(folded.slice(i, i + 2));
  return grams;
}

/** Dice similarity on letter pairs: tolerant of a word added or a typo, cheap enough here. */
function closestNames(
  name: string,
  families: readonly ProcedureFamily<Procedure>[],
  province: ProvinceCode,
): UnmatchedRow['closest'] {
  const grams = bigrams(name);
  return families
    .map((f) => {
      const v = versionForProvince(f.versions, province) as Procedure;
      const other = bigrams(v.name.vi);
      let shared = 0;
      for (const g of grams) if (other.has(g)) shared += 1;
      return { code: v.code, name: v.name.vi, score: (2 * shared) / (grams.size + other.size) };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .map(({ code, name: n }) => ({ code, name: n }));
}
