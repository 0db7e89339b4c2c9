import MiniSearch, { type SearchResult } from 'minisearch';
import { foldVietnamese } from '../../domain/fold.ts';
import type { Procedure } from '../../domain/procedure.ts';

/**
 * Full-text search over the catalogue. Built once per catalogue version (the caller memoises),
 * queried on every keystroke. Matching is on folded text, so "dang ky khai sinh" finds
 * "Đăng ký khai sinh"; terms match as prefixes (typing is incremental) and terms of 4+
 * characters tolerate a small typo.
 */

interface IndexedDoc {
  code: string;
  nameVi: string;
  nameEn: string;
  summary: string;
  fields: string;
}

export interface ProcedureSearch {
  /** Every procedure, sorted by Vietnamese name: what an empty query shows. */
  all: readonly Procedure[];
  byCode: ReadonlyMap<string, Procedure>;
  /** Distinct fields (lĩnh vực), sorted, for the field filter. */
  fields: readonly string[];
  search(query: string): Procedure[];
}

const FIELD_BOOSTS = { code: 6, nameVi: 3, nameEn: 3, summary: 1, fields: 1 };

/**
 * Splits on spaces and punctuation but keeps a dot between digits, so a procedure code such
 * as "1.001193" stays one term (the default tokenizer would cut it in two).
 */
export function tokenize(text: string): string[] {
  return text
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .split(/[^\p{L}\p{N}\p{M}.]+/u)
    .filter((term) => term.length > 0);
}

/**
 * Vietnamese writes a syllable-final i or y after a consonant both ways: "đăng kí" / "đăng ký",
 * "lí lịch" / "lý lịch", "bác sĩ" / "bác sỹ" (school books teach the i). Matching treats them
 * as one letter, so either spelling finds the other. A y after a vowel ("quy", "tay", "thuy")
 * is a different sound and stays as it is.
 */
const FINAL_Y_AFTER_CONSONANT = /(?<=[bcdghklmnpqrstvx])y(?=$|[^\p{L}\p{N}])/gu;

/** What both the index and the query are compared on: folded, with the i/y variants unified. */
function foldForSearch(text: string): string {
  return foldVietnamese(text).replace(FINAL_Y_AFTER_CONSONANT, 'i');
}

function processTerm(term: string): string | null {
  const folded = foldForSearch(term);
  return folded.length > 0 ? folded : null;
}

/** Procedure names often open with "Thủ tục"; it says nothing about which procedure it is. */
const NAME_PREFIX = /^thu tuc\s+/;

function foldedName(procedure: Procedure): string {
  return foldForSearch(procedure.name.vi).replace(NAME_PREFIX, '');
}

function toDoc(p: Procedure): IndexedDoc {
  return {
    code: p.code,
    nameVi: p.name.vi,
    nameEn: p.name.en ?? '',
    summary: p.summary ? `${p.summary.vi} ${p.summary.en ?? ''}` : '',
    fields: p.fields.join(' '),
  };
}

/** Folded names and their words, computed once per catalogue rather than per keystroke. */
interface FoldedNames {
  vi: string;
  en: string;
  viWords: string[];
  enWords: string[];
}

function foldNames(procedure: Procedure): FoldedNames {
  const vi = foldedName(procedure);
  const en = procedure.name.en ? foldForSearch(procedure.name.en) : '';
  return { vi, en, viWords: tokenize(vi), enWords: tokenize(en) };
}

/** Share of a name's words that the query matched (1 = the query names exactly this). */
function coverage(words: readonly string[], matchedTerms: ReadonlySet<string>): number {
  if (words.length === 0) return 0;
  return words.filter((w) => matchedTerms.has(w)).length / words.length;
}

/**
 * Re-ranks MiniSearch's BM25 score with what a person means by "the" procedure: a name made
 * mostly of the query's words ("Thủ tục đăng ký khai sinh" for "khai sinh", once the generic
 * prefix is dropped) beats longer names that merely contain them ("đăng ký lại khai sinh",
 * "khai sinh lưu động"), and a name holding the query as a phrase beats scattered words.
 * Coverage uses the terms MiniSearch matched, so a typo or a prefix still counts.
 */
function rerank(result: SearchResult, names: FoldedNames, foldedQuery: string): number {
  const matched = new Set(result.terms);
  const share = Math.max(coverage(names.viWords, matched), coverage(names.enWords, matched));
  const isPhrase = names.vi.includes(foldedQuery) || names.en.includes(foldedQuery);
  return result.score * (1 + 3 * share) * (isPhrase ? 2 : 1);
}

/** Builds the index in one go (tests, small catalogues). */
export function buildProcedureSearch(procedures: readonly Procedure[]): ProcedureSearch {
  const { index, docs, api } = prepareSearch(procedures);
  index.addAll(docs);
  return api;
}

/**
 * Builds the index in chunks, yielding to the browser between them, so indexing the full
 * national catalogue on a low-end phone does not freeze the screen at start-up.
 */
export async function buildProcedureSearchAsync(
  procedures: readonly Procedure[],
): Promise<ProcedureSearch> {
  const { index, docs, api } = prepareSearch(procedures);
  await index.addAllAsync(docs, { chunkSize: 300 });
  return api;
}

function prepareSearch(procedures: readonly Procedure[]): {
  index: MiniSearch<IndexedDoc>;
  docs: IndexedDoc[];
  api: ProcedureSearch;
} {
  const collator = new Intl.Collator('vi');
  const all = [...procedures].sort((a, b) => collator.compare(a.name.vi, b.name.vi));
  const byCode = new Map(all.map((p) => [p.code, p]));
  const fields = [...new Set(all.flatMap((p) => p.fields))].sort(collator.compare);
  const foldedNames = new Map(all.map((p) => [p.code, foldNames(p)]));

  const index = new MiniSearch<IndexedDoc>({
    idField: 'code',
    fields: ['code', 'nameVi', 'nameEn', 'summary', 'fields'],
    tokenize,
    processTerm,
    searchOptions: {
      boost: FIELD_BOOSTS,
      // A single letter as a prefix matches nearly everything: slow and of no use.
      prefix: (term) => term.length >= 2,
      // Only longer terms tolerate a typo: "sinh"→"sing" yes, but "ky" must not match "ke".
      fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
      maxFuzzy: 2,
    },
  });

  function search(query: string): Procedure[] {
    const foldedQuery = foldForSearch(query);
    if (foldedQuery.length === 0) return [...all];
    // Every word should match; if none does, fall back to any word rather than show nothing.
    let results = index.search(query, { combineWith: 'AND' });
    if (results.length === 0) results = index.search(query, { combineWith: 'OR' });

    const exact = byCode.get(query.trim());
    const phrase = foldedQuery.replace(NAME_PREFIX, '');
    const ranked: { procedure: Procedure; score: number }[] = [];
    for (const r of results) {
      const procedure = byCode.get(String(r.id));
      const names = foldedNames.get(String(r.id));
      if (!procedure || !names || procedure === exact) continue;
      ranked.push({ procedure, score: rerank(r, names, phrase) });
    }
    ranked.sort((a, b) => b.score - a.score);
    // A typed code is an exact request: that procedure first, whatever the scores say.
    const found = ranked.map((r) => r.procedure);
    return exact ? [exact, ...found] : found;
  }

  return { index, docs: all.map(toDoc), api: { all, byCode, fields, search } };
}
