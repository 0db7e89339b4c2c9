/**
 * Spellings Vietnamese speakers confuse because their dialect pronounces them alike (issue 13):
 * in the north tr/ch, s/x and d/gi/r are one sound each and l/n are mixed in some provinces; in
 * the south the finals n/ng and t/c merge. A plain edit distance on folded text cannot tell
 * "chú" for "trú" (a confusion) from "chu" for "thu" (another word); these rules can. Hỏi/ngã
 * need no rule: folding drops tone marks, so "tữ" already matches "tử"; the i/y spelling is
 * unified by the index itself.
 *
 * Works on one syllable in lower case, folded or with its vowel marks but no tone mark
 * (tones.ts strips the tone first).
 */

/** Vowels that may follow an initial or precede a final, folded or with their marks. */
const VOWEL_FIRST = /^[aeiouyâăêôơư]/;
const VOWEL_LAST = /[aeiouyâăêôơư]$/;

const INITIAL_GROUPS: readonly (readonly string[])[] = [
  ['tr', 'ch'],
  ['s', 'x'],
  ['d', 'gi', 'r'],
  ['l', 'n'],
];
/**
 * Keyboard slips, one way only: letters Vietnamese does not write, typed for the sound (f for
 * ph, j for gi, z for the southern d/gi), and a d whose stroke was left off (đ). A word spelt
 * with đ is never taken for one with d: "động" is not "rộng".
 */
const INITIAL_SLIPS: Readonly<Record<string, readonly string[]>> = {
  f: ['ph'],
  j: ['gi'],
  z: ['d', 'gi'],
  d: ['đ'],
};
const FINAL_GROUPS: readonly (readonly string[])[] = [
  ['ng', 'n'],
  ['c', 't'],
];

/** The syllable's initial consonant as these rules see it ("gi", "tr", "n" but not "ng"/"nh"). */
function initialOf(syllable: string): string | undefined {
  const first = syllable.charAt(0);
  if (first !== 'd' && first in INITIAL_SLIPS && VOWEL_FIRST.test(syllable.slice(1))) return first;
  for (const group of INITIAL_GROUPS) {
    for (const initial of group) {
      if (!syllable.startsWith(initial)) continue;
      const rest = syllable.slice(initial.length);
      // "ng", "nh" are initials of their own.
      if (initial === 'n' && /^[gh]/.test(rest)) continue;
      if (rest.length === 0 || !VOWEL_FIRST.test(rest)) continue;
      return initial;
    }
  }
  return undefined;
}

function finalOf(syllable: string): string | undefined {
  for (const group of FINAL_GROUPS) {
    for (const final of group) {
      if (!syllable.endsWith(final)) continue;
      const before = syllable.slice(0, -final.length);
      // A final follows a vowel; "n" before "g" is the final "ng", matched first.
      if (!VOWEL_LAST.test(before)) continue;
      return final;
    }
  }
  return undefined;
}

const groupOf = (groups: readonly (readonly string[])[], item: string) =>
  groups.find((group) => group.includes(item)) ?? [item];

/** Other spellings the syllable may have been meant as (not including itself). */
export function confusableSpellings(syllable: string): string[] {
  if (syllable.length < 2 || /\d/.test(syllable)) return [];
  const initial = initialOf(syllable) ?? '';
  const final = finalOf(syllable.slice(initial.length)) ?? '';
  const middle = syllable.slice(initial.length, syllable.length - final.length);
  const initials =
    initial === ''
      ? ['']
      : [...groupOf(INITIAL_GROUPS, initial), ...(INITIAL_SLIPS[initial] ?? [])];
  const finals = final === '' ? [''] : groupOf(FINAL_GROUPS, final);
  const out: string[] = [];
  for (const i of initials) {
    for (const f of finals) {
      const spelling = `${i}${middle}${f}`;
      if (spelling !== syllable) out.push(spelling);
    }
  }
  return out;
}
