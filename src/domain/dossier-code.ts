/**
 * One dossier, one key. Provincial systems print a dossier code (mã hồ sơ) with dots, dashes or
 * slashes ("000.00.15.H29-240101-0001"), citizens copy it in lower case, with another
 * separator, without the zero padding or with a stray dot at the end. All of those name the same
 * dossier, and "one rating per dossier" is enforced on this key (issue 10), not on what was
 * typed:
 *
 * - upper case (codes are ASCII: DOSSIER_CODE_PATTERN);
 * - every run of separators `.` `-` `_` `/` becomes one `.`; separators at either end go;
 * - in each all-digit segment the leading zeros go, keeping one "0" ("0001" → "1", "000" → "0").
 *   A segment with a letter keeps its zeros ("H029" is not "H29": that is another office).
 *
 * So "000.00.15.h29/240101-0001." and "0.0.15.H29.240101.1" are one key, while codes that differ
 * in a digit, a letter or where a segment breaks ("H29.22" and "H2922") stay apart.
 *
 * Shipped: migration 7 (src/server/ratings/dossier-key-migration.ts) keyed stored ratings with a
 * frozen copy of these rules; changing them needs a new migration that re-keys the table.
 */
export function dossierKey(code: string): string {
  return code
    .trim()
    .toUpperCase()
    .split(/[._/-]+/)
    .filter((segment) => segment !== '')
    .map((segment) => (/^\d+$/.test(segment) ? segment.replace(/^0+(?=\d)/, '') : segment))
    .join('.');
}
