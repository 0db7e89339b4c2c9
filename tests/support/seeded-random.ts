/**
 * mulberry32: a tiny, fast, seedable generator of numbers in [0, 1), so test data and bench
 * data are varied but the same on every run. Plain TypeScript: runs in Node and in the bench
 * pages alike.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
