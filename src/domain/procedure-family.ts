import { foldVietnamese } from './fold.ts';
import type { OnlineLevel } from './online-level.ts';
import type { GovernmentLevel } from './procedure-values.ts';
import { PROVINCES, type ProvinceCode } from './provinces.ts';

/**
 * Procedure families (issue 12). The national portal keeps a national template (`STANDARD`, no
 * province) and provinces' own versions (`SPECIFIC`) of many procedures, each under its own code:
 * the same land procedure is published by Lạng Sơn as full-process and by others as partial. A
 * family is one procedure with all its versions, so a citizen sees one card and their province's
 * level.
 *
 * The key: the name folded (NFC, tone marks off, spaces collapsed, stray leading punctuation and
 * a leading "Thủ tục" off)
 * plus the first field (lĩnh vực). On the real catalogue that alone merges procedures that share
 * a name but are done at different levels of government ("Cấp tín chỉ các-bon rừng" by a ministry
 * body and by a province's department are two national procedures, 1.115236 and 1.115237), so
 * where one name-and-field group holds versions at more than one known tier of government, the
 * tier joins the key. Versions still alike after that (the same province publishing a name twice)
 * stay in one family and the card says what tells them apart (agency, code).
 */

/** What a family needs of a procedure: fields every catalogue row has, details or not. */
export interface FamilyMember {
  code: string;
  name: { vi: string };
  fields: readonly string[];
  province?: ProvinceCode;
  onlineLevel: OnlineLevel;
  governmentLevels: readonly GovernmentLevel[];
  agencies: readonly string[];
  sourceUpdatedAt?: string;
}

export interface ProcedureFamily<P extends FamilyMember = FamilyMember> {
  /** Stable id: the folded name, field and (where needed) tier. */
  key: string;
  /** The national template(s), then the provinces' versions, by code. */
  versions: P[];
}

const STRAY_LEAD = /^[\s.,;:·•*\-–—_]+/;
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

/** Folded name and field: the part of the key every version of one procedure shares. */
export function familyBaseKey(member: Pick<FamilyMember, 'name' | 'fields'>): string {
  // "Thủ tục đăng ký khai sinh" and a province list's "Đăng ký khai sinh" name one procedure.
  const name = foldVietnamese(member.name.vi.normalize('NFC').replace(INVISIBLE, ''))
    .replace(STRAY_LEAD, '')
    .replace(/^thu tuc /, '');
  const field = foldVietnamese(member.fields[0] ?? '');
  return `${name}|${field}`;
}

export type GovernmentTier = 'ministry' | 'province' | 'commune';

/**
 * The tiers of government that carry a procedure out: the detail's level flags when the portal
 * published them, else read from the agencies' names (list rows have only those). Communes took
 * over the districts' procedures on 1 July 2025, so "cấp huyện" counts as commune.
 */
export function governmentTiers(member: FamilyMember): GovernmentTier[] {
  const tiers = new Set<GovernmentTier>();
  for (const level of member.governmentLevels) if (level !== 'other') tiers.add(level);
  if (tiers.size === 0) {
    for (const agency of member.agencies) {
      const tier = tierOfAgency(agency);
      if (tier) tiers.add(tier);
    }
  }
  return [...tiers].sort();
}

function tierOfAgency(agency: string): GovernmentTier | undefined {
  const f = foldVietnamese(agency);
  if (/\b(cap xa|cap huyen|xa|phuong|dac khu)\b/.test(f) && !/thuoc .*cap tinh/.test(f)) {
    return 'commune';
  }
  if (/^so |cap tinh|\btinh\b|thanh pho|van phong dang ky dat dai|chi nhanh van phong/.test(f)) {
    return 'province';
  }
  if (/^(bo|cuc|tong cuc|vu|co quan chuyen mon thuoc bo)\b|\bbo\b/.test(f)) return 'ministry';
  return undefined;
}

/** Groups a catalogue into families, keeping the catalogue's own objects. Pure; O(n). */
export function groupFamilies<P extends FamilyMember>(
  procedures: readonly P[],
): ProcedureFamily<P>[] {
  const byBase = new Map<string, P[]>();
  for (const p of procedures) {
    const base = familyBaseKey(p);
    const group = byBase.get(base);
    if (group) group.push(p);
    else byBase.set(base, [p]);
  }
  const families: ProcedureFamily<P>[] = [];
  for (const [base, group] of byBase) {
    const tierOf = new Map(group.map((p) => [p, governmentTiers(p).join('+')]));
    const known = new Set([...tierOf.values()].filter((t) => t !== ''));
    if (known.size <= 1) {
      families.push({ key: base, versions: sortVersions(group) });
      continue;
    }
    const byTier = new Map<string, P[]>();
    for (const p of group) {
      const tier = tierOf.get(p) || 'unknown';
      const list = byTier.get(tier);
      if (list) list.push(p);
      else byTier.set(tier, [p]);
    }
    for (const [tier, list] of byTier) {
      families.push({ key: `${base}|${tier}`, versions: sortVersions(list) });
    }
  }
  return families;
}

function sortVersions<P extends FamilyMember>(versions: P[]): P[] {
  return versions.sort(
    (a, b) =>
      Number(a.province !== undefined) - Number(b.province !== undefined) ||
      (a.province ?? '').localeCompare(b.province ?? '') ||
      a.code.localeCompare(b.code),
  );
}

/** Code → its family, for opening a shared link of any version. */
export function familiesByCode<P extends FamilyMember>(
  families: readonly ProcedureFamily<P>[],
): Map<string, ProcedureFamily<P>> {
  const map = new Map<string, ProcedureFamily<P>>();
  for (const family of families) for (const v of family.versions) map.set(v.code, family);
  return map;
}

/** What a province's official list says of one code (see province-list.ts). */
export interface ProvinceDecision {
  province: ProvinceCode;
  decision: string;
  decisionDate: string;
  /** Code → level for the codes the list names. */
  levels: ReadonlyMap<string, 'full' | 'partial'>;
}

/** Where a level shown comes from; every level on screen says one of these. */
export type LevelSource =
  | { kind: 'province_decision'; province: ProvinceCode; decision: string; decisionDate: string }
  /** The national portal's record of the version shown; `asOf` the record's or import's date. */
  | { kind: 'national_portal'; code: string; asOf?: string };

export interface ProvinceLevel<P extends FamilyMember = FamilyMember> {
  level: OnlineLevel;
  source: LevelSource;
  /** The version that applies in the province: its own, else the national template. */
  version: P;
  /** Whether the province has its own version of the procedure. */
  isProvinceVersion: boolean;
}

/** The version of a family that applies in a province: its own (first by code), else national. */
export function versionForProvince<P extends FamilyMember>(
  versions: readonly P[],
  province: ProvinceCode,
): P | undefined {
  return (
    versions.find((v) => v.province === province) ?? versions.find((v) => v.province === undefined)
  );
}

/**
 * The level of a procedure in province P, with its source (issue 12, item 5): the province's
 * official list wins over the national portal's flag for that province. `versions` is the
 * procedure's family (or just the procedure); undefined when no version applies in P (another
 * province's own procedure). `catalogDate` dates the portal's answer when the record has no date.
 */
export function levelInProvince<P extends FamilyMember>(
  versions: readonly P[],
  province: ProvinceCode,
  decision: ProvinceDecision | undefined,
  catalogDate?: string,
): ProvinceLevel<P> | undefined {
  const version = versionForProvince(versions, province);
  if (!version) return undefined;
  const isProvinceVersion = version.province === province;
  if (decision && decision.province === province) {
    // The list names the version the province uses, or (older lists) the national code.
    const listed =
      decision.levels.get(version.code) ??
      versions
        .filter((v) => v.province === undefined || v.province === province)
        .map((v) => decision.levels.get(v.code))
        .find((level) => level !== undefined);
    if (listed) {
      return {
        level: listed,
        version,
        isProvinceVersion,
        source: {
          kind: 'province_decision',
          province,
          decision: decision.decision,
          decisionDate: decision.decisionDate,
        },
      };
    }
  }
  const asOf = version.sourceUpdatedAt ?? catalogDate?.slice(0, 10);
  return {
    level: version.onlineLevel,
    version,
    isProvinceVersion,
    source: { kind: 'national_portal', code: version.code, ...(asOf ? { asOf } : {}) },
  };
}

export interface LevelSpread {
  /** Provinces at each level (34 in all once every province is counted). */
  byLevel: Record<OnlineLevel, ProvinceCode[]>;
  /** How many of those levels come from a province's decision. */
  fromDecisions: number;
}

/** The level in every province, for a family shown without a chosen province. */
export function levelSpread(
  versions: readonly FamilyMember[],
  decisions: ReadonlyMap<ProvinceCode, ProvinceDecision>,
): LevelSpread {
  const byLevel: LevelSpread['byLevel'] = { full: [], partial: [], in_person: [], unknown: [] };
  let fromDecisions = 0;
  for (const { code } of PROVINCES) {
    const found = levelInProvince(versions, code, decisions.get(code));
    if (!found) continue;
    byLevel[found.level].push(code);
    if (found.source.kind === 'province_decision') fromDecisions += 1;
  }
  return { byLevel, fromDecisions };
}

/** Whether the versions of a family disagree on the level (in the portal's own data). */
export function hasDifferingLevels(versions: readonly FamilyMember[]): boolean {
  const known = new Set(versions.map((v) => v.onlineLevel).filter((l) => l !== 'unknown'));
  return known.size > 1;
}
