import type { ProcedureEntry } from '../catalog-delta.ts';
import type { ProvinceCode } from '../provinces.ts';
import { confusableSpellings } from './confusions.ts';
import { bitCount, editDistance, letterMask, lowerBound, piecesOf } from './fuzzy.ts';
import { nameShare, neighbourShare, type NameIds } from './names.ts';
import {
  askedActions,
  commonnessPrior,
  SECONDARY_ACTION_FACTOR,
  secondaryActionOf,
} from './prior.ts';
import { codeIn, foldForSearch, readingsOf, tokenize, tonedKey, type Reading } from './query.ts';
import { confusableWords, correctSyllable, foldedOfKey, tonedKeysOf } from './tones.ts';

/**
 * Full-text search over the catalogue. Built once per catalogue version (the caller memoises),
 * queried on every keystroke, so a query must stay within a frame on a slow phone even for a
 * 20,000-procedure catalogue. Matching is on folded text, so "dang ky khai sinh" finds
 * "Đăng ký khai sinh"; the last word matches as a prefix (typing is incremental) and a word of
 * 5+ letters that no procedure has is matched to the words one or two edits away (a typo).
 *
 * A small inverted index of our own rather than a general library: postings are flat arrays,
 * scores accumulate in typed arrays, and only the query's last word is expanded as a prefix, so
 * the work per keystroke is the length of the matched postings and nothing more.
 */

export interface SearchOptions {
  /**
   * The citizen's province: its own version of a procedure ranks above the national one and
   * other provinces' copies. Ranking only; the province filter (catalog-filters.ts) decides
   * what is listed at all.
   */
  province?: ProvinceCode;
}

export interface ProcedureSearch<T extends ProcedureEntry = ProcedureEntry> {
  /** Every procedure, sorted by Vietnamese name: what an empty query shows. */
  all: readonly T[];
  byCode: ReadonlyMap<string, T>;
  /** Distinct fields (lĩnh vực), sorted, for the field filter. */
  fields: readonly string[];
  /** Every procedure matching the query, best first (empty query: all, by name). */
  search(query: string, options?: SearchOptions): T[];
}

/**
 * How much a match in each part of a procedure counts. The code and the names say what a
 * procedure is; the summary and fields only what it is about.
 */
const FIELD_BOOSTS = { code: 6, nameVi: 3, nameEn: 3, fields: 1, summary: 0.5 } as const;
type FieldName = keyof typeof FIELD_BOOSTS;
const FIELD_NAMES = Object.keys(FIELD_BOOSTS) as FieldName[];

/** BM25's usual constants: term-frequency saturation and length normalisation. */
const K1 = 1.2;
const B = 0.7;

/** A typed word counts less when it only starts an indexed word, or is a typo of it. */
const PREFIX_FACTOR = 0.5;
const FUZZY_FACTOR = [1, 0.45, 0.25] as const;
/** At most this many completions of the last word are looked up (the most frequent ones). */
const MAX_PREFIX_EXPANSIONS = 200;
/**
 * Typos: only a word no procedure has, and this long, is corrected, by one edit; from
 * FUZZY_TWO_EDITS letters, by two.
 */
const FUZZY_MIN_LENGTH = 4;
const FUZZY_TWO_EDITS = 8;
/** A dialect spelling counts this much beside a typed word that exists, or alone. */
const CONFUSION_FACTOR = 0.55;
const CONFUSION_ALONE_FACTOR = 0.85;
/** Words that say nothing of which procedure (lexicon.ts) count this much. */
const FILLER_WEIGHT = 0.15;
/** A name holding the query's words as one phrase counts this much more. */
const PHRASE_BONUS = 1.5;
/** And this much more again when the name opens with that phrase: it is that procedure. */
const START_BONUS = 1.3;
/** A name having the query's words with the tones typed counts up to this much more. */
const TONE_BONUS = 0.2;
/** The query with its misspelt syllables corrected (tones.ts) counts this much. */
const CORRECTED_WEIGHT = 0.95;
/** How many of the best-matching procedures get the (costlier) comparison of names. */
const NAME_SCORED = 100;
/** Results must cover at least this share of the best-covered result's query words. */
const MIN_COVERAGE_SHARE = 0.5;
/** The query's words, up to this many (a pasted paragraph is not a search). */
const MAX_QUERY_TERMS = 16;
/** Sort keys: a result's score, quantised, above room for 2^20 procedure numbers. */
const DOC_SLOTS = 2 ** 20;
const SCORE_SCALE = 2 ** 16;
const MAX_SCORE_KEY = 2 ** 33 - 1;
/** Procedures indexed between two yields to the browser in the asynchronous build. */
const BUILD_CHUNK = 500;

/** Folded names and their words, computed once per catalogue rather than per keystroke. */
interface FoldedNames {
  vi: string[];
  en: string[];
  /** The words joined by single spaces, for the phrase test. */
  viText: string;
  enText: string;
}

/** Postings of one indexed word: which procedures have it and how strongly (BM25 × boost). */
interface Postings {
  docs: number[];
  weights: number[];
}

/** Builds the index in one go (tests, small catalogues). */
export function buildProcedureSearch<T extends ProcedureEntry>(
  procedures: readonly T[],
): ProcedureSearch<T> {
  const builder = new IndexBuilder(procedures);
  while (!builder.step(Number.POSITIVE_INFINITY));
  return builder.finish();
}

/**
 * Builds the index in chunks, yielding to the browser between them, so indexing the full
 * national catalogue on a low-end phone does not freeze the screen at start-up.
 */
export async function buildProcedureSearchAsync<T extends ProcedureEntry>(
  procedures: readonly T[],
): Promise<ProcedureSearch<T>> {
  const builder = new IndexBuilder(procedures);
  const pause = () => new Promise((resolve) => setTimeout(resolve, 0));
  while (!builder.step(BUILD_CHUNK)) await pause();
  await pause();
  // The postings too, a chunk at a time (issue 14: they were most of a 1–2 s task).
  let doc = 0;
  while (!builder.addPostings(doc, BUILD_CHUNK)) {
    doc += BUILD_CHUNK;
    await pause();
  }
  await pause();
  return builder.finish();
}

class IndexBuilder<T extends ProcedureEntry> {
  readonly all: T[];
  readonly names: FoldedNames[] = [];
  /** Per procedure, the distinct syllables of its Vietnamese name with their tones. */
  readonly tonedNames: string[][] = [];
  /** In how many names each syllable with its tones occurs. */
  readonly tonedCounts = new Map<string, number>();
  /** Per field: each procedure's words with their counts, then the field's length. */
  readonly #docTerms: Map<string, number>[][] = [];
  readonly #lengths: number[][] = FIELD_NAMES.map(() => []);
  #next = 0;

  constructor(procedures: readonly T[]) {
    const collator = new Intl.Collator('vi');
    this.all = [...procedures].sort((a, b) => collator.compare(a.name.vi, b.name.vi));
  }

  /** Tokenises up to `count` more procedures; true when all are done. */
  step(count: number): boolean {
    const end = Math.min(this.all.length, this.#next + count);
    for (; this.#next < end; this.#next += 1) {
      const p = this.all[this.#next] as T;
      const viWords = tokenize(p.name.vi.toLowerCase());
      const nameVi = this.#fold(viWords);
      const nameEn = p.name.en ? this.#fold(tokenize(p.name.en.toLowerCase())) : [];
      // Names often open with "Thủ tục"; it says nothing about which procedure it is.
      const vi = nameVi[0] === 'thu' && nameVi[1] === 'tuc' ? nameVi.slice(2) : nameVi;
      this.names.push({
        vi,
        en: nameEn,
        viText: ` ${vi.join(' ')} `,
        enText: ` ${nameEn.join(' ')} `,
      });
      this.#addTonedName(viWords);
      const words: Record<FieldName, string[]> = {
        code: tokenize(p.code),
        nameVi,
        nameEn,
        fields: this.#fold(tokenize(p.fields.join(' ').toLowerCase())),
        summary: p.summary
          ? this.#fold(tokenize(`${p.summary.vi} ${p.summary.en ?? ''}`.toLowerCase()))
          : [],
      };
      this.#docTerms.push(
        FIELD_NAMES.map((field, f) => {
          const counts = new Map<string, number>();
          // In a name a repeat is another word folded alike ("cấp lại giấy phép lái xe"), not
          // more of the same: names count each word once.
          const isName = field === 'nameVi' || field === 'nameEn';
          for (const word of words[field]) {
            counts.set(word, isName ? 1 : (counts.get(word) ?? 0) + 1);
          }
          (this.#lengths[f] as number[]).push(words[field].length);
          return counts;
        }),
      );
    }
    return this.#next >= this.all.length;
  }

  /**
   * Folded and toned forms of the words seen so far: the catalogue repeats a few thousand
   * words, and folding each once (not every text whole) is most of the build's saving.
   */
  readonly #foldedOf = new Map<string, string>();
  readonly #keyOf = new Map<string, string | undefined>();

  /** The words (tokenised in lower case) folded as foldForSearch folds a whole text. */
  #fold(words: readonly string[]): string[] {
    const out: string[] = [];
    for (const word of words) {
      let folded = this.#foldedOf.get(word);
      if (folded === undefined) this.#foldedOf.set(word, (folded = foldForSearch(word)));
      if (folded.length > 0) out.push(folded);
    }
    return out;
  }

  #addTonedName(words: readonly string[]): void {
    const keys = new Set<string>();
    for (const word of words) {
      let key = this.#keyOf.get(word);
      if (key === undefined && !this.#keyOf.has(word))
        this.#keyOf.set(word, (key = tonedKey(word)));
      if (key !== undefined) keys.add(key);
    }
    for (const key of keys) this.tonedCounts.set(key, (this.tonedCounts.get(key) ?? 0) + 1);
    this.tonedNames.push([...keys]);
  }

  readonly #postings = new Map<string, Postings>();
  #averages: number[] | undefined;
  #postedUpTo = 0;

  /** Adds the postings of procedures from `start`, up to `count`; true when all are in. */
  addPostings(start: number, count: number): boolean {
    const averages = (this.#averages ??= this.#lengths.map(
      (lengths) => lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, lengths.length) || 1,
    ));
    const postings = this.#postings;
    const end = Math.min(this.#docTerms.length, start + count);
    for (let doc = Math.max(start, this.#postedUpTo); doc < end; doc += 1) {
      const perField = this.#docTerms[doc] as Map<string, number>[];
      const weights = new Map<string, number>();
      perField.forEach((counts, f) => {
        const boost = FIELD_BOOSTS[FIELD_NAMES[f] as FieldName];
        const norm =
          1 - B + (B * ((this.#lengths[f] as number[])[doc] as number)) / (averages[f] as number);
        for (const [term, tf] of counts) {
          const w = (boost * tf * (K1 + 1)) / (tf + K1 * norm);
          weights.set(term, (weights.get(term) ?? 0) + w);
        }
      });
      for (const [term, w] of weights) {
        let list = postings.get(term);
        if (!list) postings.set(term, (list = { docs: [], weights: [] }));
        list.docs.push(doc);
        list.weights.push(w);
      }
      this.#postedUpTo = doc + 1;
    }
    return this.#postedUpTo >= this.#docTerms.length;
  }

  finish(): ProcedureSearch<T> {
    this.addPostings(this.#postedUpTo, Number.POSITIVE_INFINITY);
    const postings = this.#postings;
    return createSearch(this.all, this.names, postings, {
      counts: this.tonedCounts,
      names: this.tonedNames,
    });
  }
}

function createSearch<T extends ProcedureEntry>(
  all: readonly T[],
  names: readonly FoldedNames[],
  postings: ReadonlyMap<string, Postings>,
  toned: { counts: ReadonlyMap<string, number>; names: readonly string[][] },
): ProcedureSearch<T> {
  const collator = new Intl.Collator('vi');
  const byCode = new Map(all.map((p) => [p.code, p]));
  const fields = [...new Set(all.flatMap((p) => p.fields))].sort(collator.compare);
  const docCount = all.length;
  /** Every indexed word, sorted: completions of a prefix are one contiguous range. */
  const vocabulary = [...postings.keys()].sort();
  const termIds = new Map(vocabulary.map((term, id) => [term, id]));
  /** Words by length, for typo look-ups (only lengths within the allowed edits are scanned). */
  const byLength: string[][] = [];
  for (const term of vocabulary) (byLength[term.length] ??= []).push(term);
  const masksByLength = byLength.map((terms) => Int32Array.from(terms, letterMask));
  const toIds = (words: readonly string[]): NameIds => ({
    sequence: Int32Array.from(words, (w) => termIds.get(w) ?? 0),
    distinct: Int32Array.from(new Set(words), (w) => termIds.get(w) ?? 0),
  });
  const nameIds = names.map((n) => ({ vi: toIds(n.vi), en: toIds(n.en) }));
  const priors = Float64Array.from(all, (p) => commonnessPrior(p));
  const ownProvincePriors = Float64Array.from(all, (p) => commonnessPrior(p, p.province));
  const actions = Int8Array.from(names, (n) => secondaryActionOf(n.vi));
  const tonedIds = new Map([...toned.counts.keys()].map((key, id) => [key, id]));
  const tonedNameIds = toned.names.map((keys) =>
    Int32Array.from(keys, (key) => tonedIds.get(key) as number),
  );
  /** Per syllable with tones, whether the reading being scored has it (reset after). */
  const toneMask = new Uint8Array(tonedIds.size);
  /**
   * Per procedure, the reading's score, matched words and best expansion, and the best score
   * over readings: allocated once (a query allocating four arrays of the catalogue's size
   * costs more than it scores), zeroed again after use through the lists of procedures hit.
   */
  const scratchScores = new Float64Array(docCount);
  const scratchSeen = new Uint32Array(docCount);
  const scratchBest = new Float64Array(docCount);
  const scratchCombined = new Float64Array(docCount);
  const scratchDirect = new Uint32Array(docCount);
  const scratchHit = new Int32Array(docCount);
  /** Per indexed word, the typed words it stands for in the reading being scored (reset after). */
  const mask = new Uint32Array(vocabulary.length);
  const idf = (term: string) => {
    const df = postings.get(term)?.docs.length ?? 0;
    return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
  };

  /** Indexed words a typed word stands for, with how much each counts. */
  function expand(
    term: string,
    isLast: boolean,
    allowPrefix: boolean,
    allowFuzzy: boolean,
    /** The word with its tones when typed with them; null for official wording. */
    key: string | undefined | null,
  ): Map<string, number> {
    const found = new Map<string, number>();
    const isKnown = postings.has(term);
    if (isKnown) found.set(term, 1);
    if (isLast && allowPrefix) {
      let lo = lowerBound(vocabulary, term);
      const completions: string[] = [];
      for (; lo < vocabulary.length && (vocabulary[lo] as string).startsWith(term); lo += 1) {
        if (vocabulary[lo] !== term) completions.push(vocabulary[lo] as string);
      }
      if (completions.length > MAX_PREFIX_EXPANSIONS) {
        const df = (t: string) => postings.get(t)?.docs.length ?? 0;
        completions.sort((a, b) => df(b) - df(a));
        completions.length = MAX_PREFIX_EXPANSIONS;
      }
      for (const completion of completions) found.set(completion, PREFIX_FACTOR);
    }
    // A dialect spelling ("chú" for "trú"): even when the typed syllable is a word too, since
    // both are real syllables and only the rest of the query tells which was meant.
    // Typed with tones, only spellings some name has with those tones; official wording, none.
    const spellings =
      key === null
        ? []
        : key === undefined
          ? confusableSpellings(term)
          : confusableWords(key, toned.counts);
    for (const spelling of spellings) {
      if (postings.has(spelling) && !found.has(spelling)) {
        found.set(spelling, isKnown ? CONFUSION_FACTOR : CONFUSION_ALONE_FACTOR);
      }
    }
    // A typo: a word nobody wrote, long enough that its near neighbours mean something.
    // Codes are not corrected: a near code is another procedure, not a typo.
    if (allowFuzzy && found.size === 0 && term.length >= FUZZY_MIN_LENGTH && !/\d/.test(term)) {
      const max = term.length >= FUZZY_TWO_EDITS ? 2 : 1;
      const pieces = piecesOf(term, max);
      const letters = letterMask(term);
      for (let len = term.length - max; len <= term.length + max; len += 1) {
        const candidates = byLength[len] ?? [];
        const masks = masksByLength[len] as Int32Array;
        for (let c = 0; c < candidates.length; c += 1) {
          const other = masks[c] as number;
          if (bitCount(letters & ~other) > max || bitCount(other & ~letters) > max) continue;
          const candidate = candidates[c] as string;
          if (!pieces.some((piece) => candidate.includes(piece))) continue;
          const distance = editDistance(term, candidate, max);
          if (distance <= max) found.set(candidate, FUZZY_FACTOR[distance] as number);
        }
      }
    }
    return found;
  }

  /**
   * Scores of the procedures having enough of the typed words, and which words (bit k = word
   * k). A dialect spelling of a word that exists counts only where another typed word matched:
   * alone, "dân" for "dang" is just another word, and the thousands of names holding it would
   * all be scored.
   *
   * In two sweeps of the postings: the first only marks which words each procedure has, which
   * gives every procedure's coverage and the best; the second scores only those that cover at
   * least MIN_COVERAGE_SHARE of the best. On a large catalogue most procedures a query touches
   * have one common word of it ("cấp", "giấy") and are dropped, and marking costs far less
   * than scoring (issue 13's budget: a frame per keystroke on 20,000 procedures).
   */
  function match(
    expansions: readonly Map<string, number>[],
    wordWeights: readonly number[],
    /** The share of the query's weight each combination of its words covers. */
    coverageByBits: Float64Array,
    /** Words that only narrow what the others found (a last word of one letter, being typed). */
    isNarrowing: readonly boolean[],
  ): { docs: number[]; scores: Float64Array; seen: Uint32Array } {
    const scores = scratchScores;
    const seen = scratchSeen;
    const direct = scratchDirect;
    /** The best of one typed word's expansions per procedure: completions do not add up. */
    const best = scratchBest;
    const hit = scratchHit;
    const marked: number[] = [];
    // Marking: the words as typed (a narrowing word only on what others found), then the
    // dialect spellings, only where another word matched and this one did not.
    const order = expansions
      .map((_, k) => k)
      .sort((a, b) => Number(isNarrowing[a]) - Number(isNarrowing[b]));
    for (const k of order) {
      const bit = 1 << k;
      for (const [term, factor] of expansions[k] as Map<string, number>) {
        if (factor === CONFUSION_FACTOR) continue;
        const ids = (postings.get(term) as Postings).docs;
        for (let j = 0; j < ids.length; j += 1) {
          const doc = ids[j] as number;
          const had = direct[doc] as number;
          if (had === 0) {
            if (isNarrowing[k] === true) continue;
            marked.push(doc);
          }
          direct[doc] = had | bit;
        }
      }
    }
    for (let i = 0; i < marked.length; i += 1) {
      const doc = marked[i] as number;
      seen[doc] = direct[doc] as number;
    }
    expansions.forEach((terms, k) => {
      const bit = 1 << k;
      for (const [term, factor] of terms) {
        if (factor !== CONFUSION_FACTOR) continue;
        const ids = (postings.get(term) as Postings).docs;
        for (let j = 0; j < ids.length; j += 1) {
          const doc = ids[j] as number;
          const had = direct[doc] as number;
          if (had !== 0 && (had & bit) === 0) seen[doc] = (seen[doc] as number) | bit;
        }
      }
    });
    let bestCoverage = 0;
    for (let i = 0; i < marked.length; i += 1) {
      const covered = coverageByBits[seen[marked[i] as number] as number] as number;
      if (covered > bestCoverage) bestCoverage = covered;
    }
    const minCoverage = bestCoverage * MIN_COVERAGE_SHARE;
    // Those below stay out: seen and direct are cleared for them now, for the rest after scoring.
    const docs: number[] = [];
    for (let i = 0; i < marked.length; i += 1) {
      const doc = marked[i] as number;
      if ((coverageByBits[seen[doc] as number] as number) >= minCoverage) docs.push(doc);
      else {
        seen[doc] = 0;
        direct[doc] = 0;
      }
    }
    // Scoring, only where the procedure stays (seen) and, for a dialect spelling, where the
    // word did not match as typed.
    expansions.forEach((terms, k) => {
      const bit = 1 << k;
      let hits = 0;
      for (const [term, factor] of terms) {
        const isVariant = factor === CONFUSION_FACTOR;
        const { docs: ids, weights } = postings.get(term) as Postings;
        const weight = idf(term) * factor * (wordWeights[k] as number);
        for (let j = 0; j < ids.length; j += 1) {
          const doc = ids[j] as number;
          if (((seen[doc] as number) & bit) === 0) continue;
          if (isVariant && ((direct[doc] as number) & bit) !== 0) continue;
          const score = weight * (weights[j] as number);
          const before = best[doc] as number;
          if (before === 0) hit[hits++] = doc;
          if (score > before) best[doc] = score;
        }
      }
      for (let h = 0; h < hits; h += 1) {
        const doc = hit[h] as number;
        scores[doc] = (scores[doc] as number) + (best[doc] as number);
        best[doc] = 0;
      }
    });
    for (let i = 0; i < docs.length; i += 1) direct[docs[i] as number] = 0;
    return { docs, scores, seen };
  }

  /**
   * Scores one reading of the query into `combined` (the best over readings). Not every word
   * must match: a procedure is ranked by how much of the query (by the words' weights) and of
   * its name the match covers, so an extra word demotes instead of excluding.
   */
  function scoreReading(
    reading: Reading,
    isTyped: boolean,
    combined: Float64Array,
    touched: number[],
    tones: readonly (string | undefined)[] | undefined,
  ): void {
    const terms = reading.terms.slice(0, MAX_QUERY_TERMS);
    // A single letter alone matches nearly everything; after other words it narrows them.
    const allowPrefix = isTyped && ((terms.at(-1) as string).length >= 2 || terms.length > 1);
    const expanded = terms.map((term, k) => ({
      // A word the lexicon knows ("passport") was typed as meant: no typo to look for.
      terms: expand(
        term,
        k === terms.length - 1,
        allowPrefix,
        reading.isLexicon?.[k] !== true && reading.isOfficial?.[k] !== true,
        reading.isOfficial?.[k] === true ? null : tones?.[k],
      ),
      isFiller: reading.isFiller[k] === true,
      isNarrowing: allowPrefix && k > 0 && k === terms.length - 1 && term.length === 1,
    }));
    const known = expanded.filter((e) => e.terms.size > 0);
    if (known.length === 0) return;
    const wordWeights = known.map((e) => (e.isFiller ? FILLER_WEIGHT : 1));
    // A word's share of the query: its weight times its rarity (its best expansion's).
    const mass = known.map((e, j) => {
      let most = 0;
      for (const [term, factor] of e.terms) most = Math.max(most, idf(term) * factor);
      return most * (wordWeights[j] as number);
    });
    const totalMass = mass.reduce((sum, m) => sum + m, 0) || 1;
    // Coverage depends only on which words matched: computed once per combination of words.
    const combinations = 1 << known.length;
    const coverageByBits = new Float64Array(combinations);
    for (let bits = 1; bits < combinations; bits += 1) {
      const low = bits & -bits;
      coverageByBits[bits] =
        (coverageByBits[bits ^ low] as number) + (mass[31 - Math.clz32(low)] as number) / totalMass;
    }
    const { docs, scores, seen } = match(
      known.map((e) => e.terms),
      wordWeights,
      coverageByBits,
      // "bao hiem y t": the "t" being typed picks among what "bao hiem y" found; alone, its
      // completions would make nearly every procedure a candidate.
      known.map((e) => e.isNarrowing),
    );
    // Neighbour pairs are between the words that say something (fillers are skipped), so
    // "xin giấy phép xây dựng" asks for "giấy phép xây dựng" side by side.
    let pairs = 0;
    let previous = -1;
    known.forEach((e, j) => {
      if (e.isFiller) return;
      for (const term of e.terms.keys()) {
        const id = termIds.get(term) as number;
        mask[id] = (mask[id] as number) | (1 << j);
        // A word next to the previous meaningful one counts as that word's neighbour.
        if (previous >= 0 && previous !== j - 1)
          mask[id] = (mask[id] as number) | (1 << (previous + 1));
      }
      if (previous >= 0) pairs += 1;
      previous = j;
    });
    const base = new Float64Array(docs.length);
    for (let i = 0; i < docs.length; i += 1) {
      const doc = docs[i] as number;
      const covered = coverageByBits[seen[doc] as number] as number;
      base[i] = (scores[doc] as number) * covered * covered * reading.weight;
    }
    // Only the best-matching few get the name comparisons, the costly part per procedure; the
    // rest keep their base score, never above those few's, so the order stays consistent.
    const threshold = nameThreshold(base);
    // The query's meaningful words as one phrase: a name holding it whole ("cấp thẻ căn cước"
    // in "Cấp thẻ căn cước cho người từ đủ 14 tuổi") is what was asked for, more than a
    // name that has the same words around others ("Cấp đổi thẻ căn cước").
    const meaningful = terms.filter((_, k) => reading.isFiller[k] !== true);
    const phrase = meaningful.length > 1 ? ` ${meaningful.join(' ')}${isTyped ? '' : ' '}` : '';
    // The syllables typed with tones that names have: a name with "lái" answers "lái xe" better
    // than one with "lại", though both fold alike.
    const toneIds: number[] = [];
    for (const key of tones ?? []) {
      const id = key === undefined ? undefined : tonedIds.get(key);
      if (id !== undefined && toneMask[id] === 0) {
        toneMask[id] = 1;
        toneIds.push(id);
      }
    }
    for (let i = 0; i < docs.length; i += 1) {
      const doc = docs[i] as number;
      let score = base[i] as number;
      if (score === 0) continue;
      if (score >= threshold) {
        const n = nameIds[doc] as { vi: NameIds; en: NameIds };
        const share = Math.max(nameShare(n.vi, mask), nameShare(n.en, mask));
        const side = Math.max(neighbourShare(n.vi, mask, pairs), neighbourShare(n.en, mask, pairs));
        const folded = names[doc] as FoldedNames;
        const isPhrase =
          phrase !== '' && (folded.viText.includes(phrase) || folded.enText.includes(phrase));
        const isStart = isPhrase && folded.viText.startsWith(phrase);
        score *= (1 + 3 * share) * (1 + side) * (isPhrase ? PHRASE_BONUS : 1);
        if (isStart) score *= START_BONUS;
        if (toneIds.length > 0) score *= 1 + (TONE_BONUS * tonedShare(doc)) / toneIds.length;
      }
      if (score > (combined[doc] as number)) {
        if (combined[doc] === 0) touched.push(doc);
        combined[doc] = score;
      }
    }
    for (const e of known) for (const term of e.terms.keys()) mask[termIds.get(term) as number] = 0;
    for (const id of toneIds) toneMask[id] = 0;
    for (let i = 0; i < docs.length; i += 1) {
      scores[docs[i] as number] = 0;
      seen[docs[i] as number] = 0;
    }
  }

  /** How many of the reading's syllables with tones (toneMask) the procedure's name has. */
  function tonedShare(doc: number): number {
    const ids = tonedNameIds[doc] as Int32Array;
    let found = 0;
    for (let i = 0; i < ids.length; i += 1) found += toneMask[ids[i] as number] as number;
    return found;
  }

  /**
   * The query's readings: as typed, then with its misspelt syllables corrected when it was
   * typed with tones, each also through the lexicon. The flag says which keep the last word a
   * prefix (the words typed, corrected or not); the keys are their syllables with tones.
   */
  function readingsWithTones(
    terms: readonly string[],
    keys: readonly (string | undefined)[] | undefined,
  ): { reading: Reading; isTyped: boolean; tones?: readonly (string | undefined)[] }[] {
    const out = readingsOf(terms, keys).map((reading, i) => ({
      reading,
      isTyped: i === 0,
      ...(i === 0 && keys ? { tones: keys } : {}),
    }));
    if (!keys) return out;
    let isCorrected = false;
    const correctedKeys = keys.map((key) => {
      const fixed = key === undefined ? undefined : correctSyllable(key, toned.counts);
      if (fixed !== undefined) isCorrected = true;
      return fixed ?? key;
    });
    if (!isCorrected) return out;
    const corrected = correctedKeys.map((key, k) =>
      key === undefined ? (terms[k] as string) : foldedOfKey(key),
    );
    readingsOf(corrected, correctedKeys).forEach((reading, i) =>
      out.push({
        reading: { ...reading, weight: reading.weight * CORRECTED_WEIGHT },
        isTyped: i === 0,
        ...(i === 0 ? { tones: correctedKeys } : {}),
      }),
    );
    return out;
  }

  /**
   * The base score from which procedures get the name comparisons: at most NAME_SCORED of them,
   * found by halving the range from the best base down (a sort of thousands costs more).
   */
  function nameThreshold(base: Float64Array): number {
    if (base.length <= NAME_SCORED) return 0;
    let top = 0;
    for (let i = 0; i < base.length; i += 1) if ((base[i] as number) > top) top = base[i] as number;
    let threshold = top;
    for (let step = 0; step < 12; step += 1) {
      const lower = threshold / 2;
      let count = 0;
      for (let i = 0; i < base.length; i += 1) if ((base[i] as number) >= lower) count += 1;
      if (count > NAME_SCORED) break;
      threshold = lower;
    }
    return threshold;
  }

  function search(query: string, options: SearchOptions = {}): T[] {
    const foldedQuery = foldForSearch(query);
    if (foldedQuery.length === 0) return [...all];
    const terms = tokenize(foldedQuery);
    if (terms.length === 0) return [...all];
    const combined = scratchCombined;
    const touched: number[] = [];
    for (const { reading, isTyped, tones } of readingsWithTones(terms, tonedKeysOf(query, terms))) {
      scoreReading(reading, isTyped, combined, touched, tones);
    }

    // Sorted as numbers, natively: the score in the high bits, then the earlier procedure (by
    // name) first among equal scores. Much faster than a comparator on 20,000 results.
    const keys = new Float64Array(touched.length);
    const isAsked = askedActions(new Set(terms));
    const { province } = options;
    touched.forEach((doc, i) => {
      const action = actions[doc] as number;
      const demote = action >= 0 && isAsked[action] !== true ? SECONDARY_ACTION_FACTOR : 1;
      const isOwn = province !== undefined && (all[doc] as T).province === province;
      const prior = (isOwn ? ownProvincePriors[doc] : priors[doc]) as number;
      const score = (combined[doc] as number) * prior * demote;
      combined[doc] = 0;
      const quantised = Math.min(MAX_SCORE_KEY, Math.round(score * SCORE_SCALE));
      keys[i] = quantised * DOC_SLOTS + (DOC_SLOTS - 1 - doc);
    });
    keys.sort();
    const found: T[] = new Array<T>(keys.length);
    for (let i = 0; i < keys.length; i += 1) {
      const doc = DOC_SLOTS - 1 - ((keys[keys.length - 1 - i] as number) % DOC_SLOTS);
      found[i] = all[doc] as T;
    }
    return exactCodeFirst(query, found);
  }

  /** A typed or pasted code is an exact request: that procedure first, whatever the scores say. */
  function exactCodeFirst(query: string, found: T[]): T[] {
    const code = codeIn(query);
    const exact = code === undefined ? undefined : byCode.get(code);
    return exact ? [exact, ...found.filter((p) => p !== exact)] : found;
  }

  return { all, byCode, fields, search };
}
