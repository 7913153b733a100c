import type { Steps } from './Steps.ts';

/**
 * `keys` ascending and `values` in step, a key's values in their given
 * order, as steps (see `Steps`): a stable radix sort, 16 bits a pass, with
 * no comparison. Returns new arrays.
 *
 * @example runAtOnce(sortByKeyInSteps(Uint32Array.of(7, 3, 7), Uint32Array.of(0, 1, 2))) // [[3, 7, 7], [1, 0, 2]]
 */
export function* sortByKeyInSteps(keys: Uint32Array, values: Uint32Array): Steps<[Uint32Array, Uint32Array]> {
  let [sortedKeys, sortedValues] = [keys, values];
  for (const shift of [0, 16]) {
    const starts = new Uint32Array(0x10001);
    for (let k = 0; k < sortedKeys.length; k++) {
      if (k % 262144 === 0) yield;
      starts[((sortedKeys[k]! >>> shift) & 0xffff) + 1]!++;
    }
    for (let digit = 0; digit < 0x10000; digit++) starts[digit + 1]! += starts[digit]!;
    const [nextKeys, nextValues] = [new Uint32Array(sortedKeys.length), new Uint32Array(sortedKeys.length)];
    for (let k = 0; k < sortedKeys.length; k++) {
      // Scattered writes miss the cache: a quarter as many between pauses as the count above.
      if (k % 65536 === 0) yield;
      const slot = starts[(sortedKeys[k]! >>> shift) & 0xffff]!++;
      nextKeys[slot] = sortedKeys[k]!;
      nextValues[slot] = sortedValues[k]!;
    }
    [sortedKeys, sortedValues] = [nextKeys, nextValues];
  }
  return [sortedKeys, sortedValues];
}
