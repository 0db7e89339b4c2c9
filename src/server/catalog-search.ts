import { parseArgs } from 'node:util';
import type { Procedure } from '../domain/procedure.ts';
import { PROVINCE_CODES, type ProvinceCode } from '../domain/provinces.ts';
// The operator must see exactly what a citizen gets (issue 13, scope 5): the app's own search
// index and filters, which live in src/domain because they are pure.
import { applyFilters } from '../domain/catalog-filters.ts';
import { buildProcedureSearch, type ProcedureSearch } from '../domain/search/index.ts';
import type { Storage } from './storage/types.ts';

export const CATALOG_SEARCH_USAGE = `Usage:
  npm run -s catalog:search -- [--province <code>] [--lang en] [--json] "<query>"
  (no query: one query per line from standard input)

Answers the top ${20} of the same search index the app uses, over the catalogue in DATA_DIR
(or DATABASE_URL): what a citizen sees for that query. Exits 1 when the catalogue is empty,
2 on a usage error.`;

/** As many results as a citizen sees without scrolling far; what an operator checks. */
export const TOP = 20;

export interface CatalogSearchIo {
  out(text: string): void;
  err(text: string): void;
  /** Lines of standard input, read when no query is given. */
  readLines(): AsyncIterable<string>;
}

export interface CatalogSearchHit {
  rank: number;
  code: string;
  name: string;
  /** The language of `name`: 'vi' when English was asked for but the procedure has none. */
  nameLang: 'vi' | 'en';
  province?: ProvinceCode;
  onlineLevel: Procedure['onlineLevel'];
}

interface Options {
  province?: ProvinceCode;
  lang: 'vi' | 'en';
  json: boolean;
  query?: string;
}

function parse(args: readonly string[]): Options | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        province: { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { values, positionals } = parsed;
  const province = values.province;
  if (province !== undefined && !(PROVINCE_CODES as readonly string[]).includes(province)) {
    return `Unknown province code "${province}" (one of ${PROVINCE_CODES.join(', ')}).`;
  }
  if (values.lang !== undefined && values.lang !== 'vi' && values.lang !== 'en') {
    return `--lang is vi or en, not "${values.lang}".`;
  }
  return {
    ...(province === undefined ? {} : { province: province as ProvinceCode }),
    lang: values.lang === 'en' ? 'en' : 'vi',
    json: values.json === true,
    ...(positionals.length > 0 ? { query: positionals.join(' ') } : {}),
  };
}

/** The top results as the search page lists them (same index, same province filter). */
export function answerQuery(
  search: ProcedureSearch,
  query: string,
  options: { province?: ProvinceCode; lang?: 'vi' | 'en' },
): CatalogSearchHit[] {
  const filters = options.province === undefined ? {} : { province: options.province };
  // The province ranks its own versions first and filters out other provinces' own.
  return applyFilters(search.search(query, filters), filters)
    .slice(0, TOP)
    .map((p, i) => {
      const isEnglish = options.lang === 'en' && p.name.en !== undefined;
      return {
        rank: i + 1,
        code: p.code,
        name: isEnglish ? (p.name.en as string) : p.name.vi,
        nameLang: isEnglish ? 'en' : 'vi',
        ...(p.province === undefined ? {} : { province: p.province }),
        onlineLevel: p.onlineLevel,
      };
    });
}

function formatText(query: string, hits: readonly CatalogSearchHit[], lang: 'vi' | 'en'): string {
  const lines = [`"${query}": ${hits.length === 0 ? 'nothing found' : `top ${hits.length}`}`];
  for (const hit of hits) {
    const where = hit.province === undefined ? '' : ` [province ${hit.province}]`;
    // In English mode, say when a name exists only in Vietnamese.
    const only = lang === 'en' && hit.nameLang === 'vi' ? ' (Vietnamese only)' : '';
    lines.push(`${String(hit.rank).padStart(3)}. ${hit.code}  ${hit.name}${only}${where}`);
  }
  return lines.join('\n');
}

/** `catalog:search` for operators: see what a citizen gets. Returns the exit code. */
export async function runCatalogSearchCommand(
  args: readonly string[],
  storage: Storage,
  io: CatalogSearchIo,
): Promise<number> {
  const options = parse(args);
  if (typeof options === 'string') {
    io.err(`${options}\n\n${CATALOG_SEARCH_USAGE}`);
    return 2;
  }
  const catalog = await storage.catalog.load();
  if (!catalog || catalog.procedures.length === 0) {
    io.err('The catalogue is empty: import the national portal files first (catalog:import).');
    return 1;
  }
  const search = buildProcedureSearch(catalog.procedures);
  const answer = (query: string) => {
    const hits = answerQuery(search, query, options);
    io.out(options.json ? JSON.stringify({ query, hits }) : formatText(query, hits, options.lang));
  };
  if (options.query !== undefined) {
    answer(options.query);
    return 0;
  }
  for await (const line of io.readLines()) if (line.trim() !== '') answer(line.trim());
  return 0;
}
