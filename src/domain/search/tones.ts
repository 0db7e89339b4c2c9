import { confusableSpellings } from './confusions.ts';
import { foldForSearch, tokenize, tonedKey } from './query.ts';

/**
 * Tones (issue 13): folding drops them, so "lái" (drive) and "lại" (again) are one word to the
 * index. A query typed with diacritics says which was meant, and a syllable that exists nowhere
 * with its tones ("triếu", "dấy", "thựt") is a misspelling even when its folded form is another
 * word ("triệu", "dạy", "thực"). This module keeps the names' syllables with their tones, as
 * keys that do not depend on where the mark was put ("hoà" = "hòa"), and corrects a typed
 * syllable through the confusions Vietnamese speakers make (confusions.ts) and hỏi/ngã.
 */

const HOI = '3';
const NGA = '4';
const HAS_DIACRITIC = /[\u0300-\u036f]|đ/iu;

const baseOf = (key: string) => key.slice(0, -1);
const toneOf = (key: string) => key.slice(-1);

/** The folded word a key stands for (what the index's postings are keyed by). */
export const foldedOfKey = (key: string): string => foldForSearch(baseOf(key));

/** Whether the text was typed with Vietnamese diacritics (then its tones mean something). */
export const hasDiacritics = (text: string): boolean => HAS_DIACRITIC.test(text.normalize('NFD'));

/**
 * The query's words as keys, aligned with its folded words (`terms`); undefined when the query
 * has no diacritics (its tones say nothing) or its words do not line up.
 */
export function tonedKeysOf(
  query: string,
  terms: readonly string[],
): (string | undefined)[] | undefined {
  if (!hasDiacritics(query)) return undefined;
  const words = tokenize(query.normalize('NFC').toLowerCase());
  if (words.length !== terms.length) return undefined;
  const keys = words.map((word) => tonedKey(word));
  // A word folds to the same term with or without its marks, or the alignment is off.
  for (let k = 0; k < keys.length; k += 1) {
    const key = keys[k];
    if (key !== undefined && foldedOfKey(key) !== terms[k]) return undefined;
  }
  return keys;
}

/** Keys the typed syllable may have been meant as: dialect spellings, and hỏi for ngã. */
function variantsOf(key: string): string[] {
  const tone = toneOf(key);
  const tones = tone === HOI ? [HOI, NGA] : tone === NGA ? [NGA, HOI] : [tone];
  const bases = [baseOf(key), ...confusableSpellings(baseOf(key))];
  const out: string[] = [];
  for (const base of bases)
    for (const t of tones) if (`${base}${t}` !== key) out.push(`${base}${t}`);
  return out;
}

/**
 * The folded words the typed syllable may stand for by a confusion, among those names hold with
 * those tones: "chú" may be "trú" (tr/ch), but "động" is never "rộng" (đ is no d).
 */
export function confusableWords(key: string, counts: ReadonlyMap<string, number>): string[] {
  const folded = foldedOfKey(key);
  const out = new Set<string>();
  for (const variant of variantsOf(key)) {
    if (!counts.has(variant)) continue;
    const word = foldedOfKey(variant);
    if (word !== folded) out.add(word);
  }
  return [...out];
}

/**
 * The word a misspelt syllable most likely stands for: among its variants that names hold,
 * the most frequent. Undefined when the syllable is spelt as some name has it, or no variant
 * exists.
 */
export function correctSyllable(
  key: string,
  counts: ReadonlyMap<string, number>,
): string | undefined {
  if (counts.has(key) || baseOf(key).length < 2) return undefined;
  let best: string | undefined;
  let most = 0;
  for (const variant of variantsOf(key)) {
    const count = counts.get(variant) ?? 0;
    if (count > most) {
      most = count;
      best = variant;
    }
  }
  return best;
}
