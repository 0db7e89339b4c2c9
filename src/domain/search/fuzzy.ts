/** String helpers of the index's typo and prefix look-ups, on folded words. */

/** Rows of the edit-distance table, reused across calls (words are short). */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/** Edit distance (insert, delete, replace, swap of neighbours) if at most `max`, else max + 1. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (rowA.length < width) {
    rowA = new Int32Array(width * 2);
    rowB = new Int32Array(width * 2);
    rowC = new Int32Array(width * 2);
  }
  let prevPrev = rowA;
  let prev = rowB;
  let row = rowC;
  for (let j = 0; j < width; j += 1) prev[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    row[0] = i;
    let best = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j += 1) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (ai === bj ? 0 : 1),
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        d = Math.min(d, (prevPrev[j - 2] as number) + 1);
      }
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    const recycled = prevPrev;
    prevPrev = prev;
    prev = row;
    row = recycled;
  }
  return prev[b.length] as number;
}

/**
 * Cheap test before the edit distance: with at most `max` edits, one of `max + 1` pieces of the
 * word comes through untouched, so a candidate holding none of them is too far.
 */
export function piecesOf(term: string, max: number): string[] {
  const size = Math.floor(term.length / (max + 1));
  return Array.from({ length: max + 1 }, (_, i) =>
    term.slice(i * size, i === max ? term.length : (i + 1) * size),
  );
}

/** First index in the sorted `list` whose item is not below `value`. */
export function lowerBound(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as string) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The letters a-z a folded word has, one bit each. An edit adds at most one letter to the set
 * and removes at most one, so a word within `max` edits differs from it by at most `max`
 * letters each way: a test of two integers that spares most edit distances.
 */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i += 1) {
    const c = word.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) mask |= 1 << c;
  }
  return mask;
}

export function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}
