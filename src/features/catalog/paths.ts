/** Route paths of the catalogue screens (the route table in src/app/routes.tsx uses these). */
export const SEARCH_PATH = '/';
export const PROCEDURE_PATH = '/procedures/:code';

export function procedurePath(code: string): string {
  return `/procedures/${encodeURIComponent(code)}`;
}

/** Router state a result link passes on, so the detail page's back link keeps the search. */
export interface FromSearchState {
  fromSearch: string;
}

export function readFromSearch(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'fromSearch' in state) {
    const value = (state as { fromSearch: unknown }).fromSearch;
    if (typeof value === 'string' && (value === '' || value.startsWith('?'))) return value;
  }
  return '';
}
