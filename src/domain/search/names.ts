/**
 * How well a procedure's name answers the query, beyond the words' weights: a name made mostly
 * of the query's words ("Thủ tục đăng ký khai sinh" for "khai sinh", once the generic prefix is
 * dropped) beats longer names that merely contain them, and a name holding the query's words
 * side by side beats one where they are scattered. Names are arrays of word ids; `mask[id]` says
 * which of the query's words (bit k = word k) an indexed word stands for.
 */

/** A name's words as ids: in order (for neighbours) and distinct (for the share). */
export interface NameIds {
  sequence: Int32Array;
  distinct: Int32Array;
}

/**
 * A name longer than this many distinct words is as long as it counts: the official names of
 * many common procedures carry a list of cases ("Cấp giấy phép xây dựng mới đối với công trình
 * cấp III, cấp IV (Công trình không theo tuyến/…) và nhà ở riêng lẻ", 40 words), and a query
 * for the permit should not prefer a railway crossing's permit for its shorter name.
 */
const NAME_LENGTH_CAP = 8;

/** Share of a name's distinct words that the query matched (1 = the query names exactly it). */
export function nameShare(name: NameIds, mask: Uint32Array): number {
  const { distinct } = name;
  if (distinct.length === 0) return 0;
  let hits = 0;
  for (let i = 0; i < distinct.length; i += 1) if (mask[distinct[i] as number] !== 0) hits += 1;
  return Math.min(1, hits / Math.min(distinct.length, NAME_LENGTH_CAP));
}

/**
 * Share of the query's neighbouring word pairs (bit k = words k and k + 1, `pairs` of them) that
 * stand side by side in the name, in either order ("registration birth" → "khai sinh đăng ký"
 * reads as well as the other way round).
 */
export function neighbourShare(name: NameIds, mask: Uint32Array, pairs: number): number {
  if (pairs === 0) return 0;
  const { sequence } = name;
  let found = 0;
  for (let i = 0; i + 1 < sequence.length; i += 1) {
    const a = mask[sequence[i] as number] as number;
    const b = mask[sequence[i + 1] as number] as number;
    if (a !== 0 && b !== 0) found |= (a & (b >>> 1)) | (b & (a >>> 1));
  }
  let count = 0;
  for (let rest = found; rest !== 0; rest &= rest - 1) count += 1;
  return Math.min(1, count / pairs);
}
