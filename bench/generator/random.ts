/**
 * A seeded stream of uniform numbers in [0, 1) (mulberry32: 32-bit state,
 * exact in integer arithmetic, so every platform draws the same sequence).
 *
 * @example
 * const random = seededRandom(1);
 * random(); // 0.6270739405881613, on every run
 */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * A uniform number in [0, 1) that depends only on its three integer inputs,
 * so facts about a person (their circle, career, venues) can be recomputed
 * whenever needed instead of stored.
 *
 * @example hashUniform(1, 42, 0) === hashUniform(1, 42, 0) // true
 */
export function hashUniform(seed: number, a: number, b: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ a ^ (h >>> 13), 0xc2b2ae35);
  h = Math.imul(h ^ b ^ (h >>> 16), 0x27d4eb2f);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  h = Math.imul(h, 0x297a2d39);
  h ^= h >>> 15;
  return (h >>> 0) / 2 ** 32;
}
