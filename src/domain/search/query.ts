import { foldVietnamese } from '../fold.ts';
import { CITIZEN_WORDS, ENGLISH_WORDS, FILLER_WORDS, type LexiconEntry } from './lexicon.ts';

/**
 * Vietnamese writes a syllable-final i or y after a consonant both ways: "đăng kí" / "đăng ký",
 * "lí lịch" / "lý lịch", "bác sĩ" / "bác sỹ" (school books teach the i). Matching treats them
 * as one letter, so either spelling finds the other. A y after a vowel ("quy", "tay", "thuy")
 * is a different sound and stays as it is.
 */
const FINAL_Y_AFTER_CONSONANT = /(?<=[bcdghklmnpqrstvx])y(?=$|[^\p{L}\p{N}])/gu;

/** What both the index and the query are compared on: folded, with the i/y variants unified. */
export function foldForSearch(text: string): string {
  return foldVietnamese(text).replace(FINAL_Y_AFTER_CONSONANT, 'i');
}

/**
 * Splits on spaces and punctuation but keeps a dot between digits, so a procedure code such
 * as "1.001193" stays one term.
 */
export function tokenize(text: string): string[] {
  return text
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .split(/[^\p{L}\p{N}\p{M}.]+/u)
    .filter((term) => term.length > 0);
}

/** Tone marks in NFD, and the digit a key ends with (0: level tone, no mark). */
const TONES: Readonly<Record<string, string>> = {
  '\u0300': '1', // huyền
  '\u0301': '2', // sắc
  '\u0309': '3', // hỏi
  '\u0303': '4', // ngã
  '\u0323': '5', // nặng
};
const TONE_MARK = /[\u0300\u0301\u0309\u0303\u0323]/g;

/**
 * A syllable's key: its letters with vowel marks (â, ơ, ư…), lower case, then its tone digit.
 * Undefined for what is not a Vietnamese word (digits, a code).
 */
export function tonedKey(word: string): string | undefined {
  if (/\d/.test(word)) return undefined;
  let tone = '0';
  const base = word
    .toLowerCase()
    .normalize('NFD')
    .replace(TONE_MARK, (mark) => {
      tone = TONES[mark] ?? tone;
      return '';
    })
    .normalize('NFC')
    .replace(FINAL_Y_AFTER_CONSONANT, 'i');
  return base.length === 0 ? undefined : `${base}${tone}`;
}

/** One way of reading the query: its words, and which of them are filler. */
export interface Reading {
  terms: string[];
  isFiller: boolean[];
  /** How much this reading's scores count (the query as typed: 1). */
  weight: number;
  /** Which words are part of a phrase the lexicon knows (the query as typed only). */
  isLexicon?: boolean[];
  /** Which words are the lexicon's official wording (spelt right: no confusion, no typo). */
  isOfficial?: boolean[];
}

/** A reading through the lexicon counts a little less than the words as typed. */
const LEXICON_WEIGHT = 0.9;

interface Phrase {
  words: readonly string[];
  means: readonly string[];
  prefers: readonly string[];
}

function compile(entries: readonly LexiconEntry[]): Phrase[] {
  return entries.flatMap((entry) =>
    entry.said.map((said) => ({
      words: tokenize(foldForSearch(said)),
      means: tokenize(foldForSearch(entry.means)),
      prefers: tokenize(foldForSearch(entry.prefers ?? '')),
    })),
  );
}

/**
 * Items by their first word, longest first, so "sang tên sổ đỏ" wins over "sổ đỏ": a query
 * looks up only the phrases that start with each of its words (the lexicon has hundreds).
 */
function byFirstWord<T, W>(items: readonly T[], wordsOf: (item: T) => readonly W[]) {
  const map = new Map<W, T[]>();
  for (const item of items) {
    const first = wordsOf(item)[0];
    if (first === undefined) continue;
    const list = map.get(first) ?? [];
    list.push(item);
    map.set(first, list);
  }
  for (const list of map.values()) list.sort((a, b) => wordsOf(b).length - wordsOf(a).length);
  return map;
}

const PHRASES = byFirstWord(
  [...compile(CITIZEN_WORDS), ...compile(ENGLISH_WORDS)],
  (p: Phrase) => p.words,
);
const FILLERS = byFirstWord(
  FILLER_WORDS.map((w) => tokenize(foldForSearch(w))),
  (words: readonly string[]) => words,
);
/** The same with tones: a query typed with them says "cần" (need), not "căn" (căn cước). */
const TONED_FILLERS = byFirstWord(
  FILLER_WORDS.map((w) => tokenize(w.normalize('NFC').toLowerCase()).map(tonedKey)),
  (words: readonly (string | undefined)[]) => words,
);

function startsAt<T>(terms: readonly T[], at: number, words: readonly T[]): boolean {
  if (at + words.length > terms.length) return false;
  for (let i = 0; i < words.length; i += 1) if (terms[at + i] !== words[i]) return false;
  return true;
}

/** The longest item starting at `at`, among those whose first word is the term there. */
function longestAt<T, W>(
  terms: readonly W[],
  at: number,
  index: ReadonlyMap<W, readonly T[]>,
  wordsOf: (item: T) => readonly W[],
): T | undefined {
  return index.get(terms[at] as W)?.find((item) => startsAt(terms, at, wordsOf(item)));
}

function markFillers<W>(
  terms: readonly W[],
  fillers: ReadonlyMap<W, readonly (readonly W[])[]>,
): boolean[] {
  const isFiller = terms.map(() => false);
  for (let at = 0; at < terms.length; at += 1) {
    const filler = longestAt(terms, at, fillers, (words) => words);
    if (filler) for (let i = 0; i < filler.length; i += 1) isFiller[at + i] = true;
  }
  return isFiller;
}

/**
 * The query as typed, and, when the lexicon knows some of its words, the query with those
 * words replaced by the official terms (every known phrase at once, longest first).
 */
export function readingsOf(
  terms: readonly string[],
  tones?: readonly (string | undefined)[],
): Reading[] {
  const isFiller = tones ? markFillers(tones, TONED_FILLERS) : markFillers(terms, FILLERS);
  const isLexicon = terms.map(() => false);
  const readings: Reading[] = [{ terms: [...terms], isFiller, weight: 1, isLexicon }];
  const rewritten: string[] = [];
  const official = new Set<string>();
  const preferred: string[] = [];
  let changed = false;
  for (let at = 0; at < terms.length;) {
    const phrase = longestAt(terms, at, PHRASES, (p: Phrase) => p.words);
    if (phrase) {
      isLexicon.fill(true, at, at + phrase.words.length);
      rewritten.push(...phrase.means);
      for (const word of phrase.means) official.add(word);
      preferred.push(...phrase.prefers);
      at += phrase.words.length;
      changed = true;
    } else {
      rewritten.push(terms[at] as string);
      at += 1;
    }
  }
  const distinct = [...new Set(rewritten)];
  // The common case's words, after the query's own, weighing as little as fillers.
  const hints = [...new Set(preferred)].filter((word) => !distinct.includes(word));
  if (changed && distinct.length > 0) {
    const terms = [...distinct, ...hints];
    const isFillerWord = markFillers(distinct, FILLERS);
    readings.push({
      terms,
      isFiller: [...isFillerWord, ...hints.map(() => true)],
      weight: LEXICON_WEIGHT,
      isOfficial: terms.map((word) => official.has(word) || hints.includes(word)),
    });
  }
  return readings;
}

const CODE_IN_TEXT = /(?<![\d.])\d\.\d{6}(?![\d])/;

/** A procedure code pasted with its label or neighbours ("Mã thủ tục: 1.004194"). */
export function codeIn(query: string): string | undefined {
  return CODE_IN_TEXT.exec(query)?.[0];
}
