import type { ProcedureEntry } from '../catalog-delta.ts';
import type { ProvinceCode } from '../provinces.ts';
import { SECONDARY_ACTIONS } from './lexicon.ts';
import { foldForSearch, tokenize } from './query.ts';

/**
 * How often citizens need a procedure, as far as the catalogue tells (issue 13): what a commune
 * or province office handles is what people come for; a ministry's or an embassy's own is rare.
 * The imported list rows name the implementing agencies; the details add the level flags. A
 * province's own version of a national procedure comes after the national one when no province
 * is chosen. A small tilt between near-equal matches, never enough to beat a better match.
 */
const COMMUNE = /cấp xã|ubnd xã|ủy ban nhân dân xã|công an xã|phường/i;
const PROVINCE = /cấp tỉnh|\bsở\b|tỉnh|thành phố|văn phòng đăng ký đất đai|bảo hiểm xã hội/i;
const REMOTE = /cơ quan đại diện|bộ ngoại giao|cục lãnh sự|quân đội|bộ quốc phòng/i;

/**
 * On the seed's list of what people come to a one-stop desk for: the procedures we wrote a
 * plain-language summary for (only the seed has them; an import keeps them). The common case
 * first: "hộ chiếu" is the ordinary passport, "giấy phép xây dựng" a house's, not a power
 * plant's, though the rare one's name may match the words as well or better.
 */
const POPULAR_FACTOR = 1.3;

/** A province's own version, for a citizen of that province, over the national one. */
const OWN_PROVINCE_FACTOR = 1.15;

/**
 * @param chosenProvince the citizen's province: its own version of a procedure (the local
 *   agencies, fees and addresses) comes before the national one and other provinces' copies.
 */
export function commonnessPrior(p: ProcedureEntry, chosenProvince?: ProvinceCode): number {
  const agencies = p.agencies.join(' | ');
  let prior = 1;
  if (p.governmentLevels.includes('commune') || COMMUNE.test(agencies)) prior = 1.25;
  else if (p.governmentLevels.includes('province') || PROVINCE.test(agencies)) prior = 1.12;
  else if (REMOTE.test(agencies) || REMOTE.test(p.name.vi)) prior = 0.85;
  if (p.summary !== undefined) prior *= POPULAR_FACTOR;
  if (p.province === undefined) return prior;
  if (p.province === chosenProvince) return Math.max(prior, 1.12) * OWN_PROVINCE_FACTOR;
  // A province's version names local agencies where the national one often names none: it
  // takes no level bonus, so the national procedure leads unless the match says otherwise.
  return Math.min(prior, 1) * 0.9;
}

/** A secondary action's weight when the query does not ask for it (lexicon.ts). */
export const SECONDARY_ACTION_FACTOR = 0.8;

const ACTIONS: readonly (readonly string[])[] = SECONDARY_ACTIONS.map((a) =>
  tokenize(foldForSearch(a)),
);

/** The secondary action a name's folded words open with, as an index, or -1. */
export function secondaryActionOf(words: readonly string[]): number {
  return ACTIONS.findIndex((action) => action.every((word, i) => words[i] === word));
}

/** Per secondary action, whether the query's words hold all of its words. */
export function askedActions(terms: ReadonlySet<string>): boolean[] {
  return ACTIONS.map((action) => action.every((word) => terms.has(word)));
}
