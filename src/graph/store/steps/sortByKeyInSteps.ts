import type { Steps } from './Steps.ts';

// Keys counted between pauses, and, a quarter as many, keys placed: scattered writes miss the cache.
const COUNTED_PER_STEP = 262144;
const PLACED_PER_STEP = 65536;

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
    for (let k = 0; k < sortedKeys.length; k = countDigits(sortedKeys, starts, shift, k)) yield;
    for (let digit = 0; digit < 0x10000; digit++) starts[digit + 1]! += starts[digit]!;
    const [nextKeys, nextValues] = [new Uint32Array(sortedKeys.length), new Uint32Array(sortedKeys.length)];
    for (let k = 0; k < sortedKeys.length; k = placeByDigit(sortedKeys, sortedValues, starts, shift, nextKeys, nextValues, k)) yield;
    [sortedKeys, sortedValues] = [nextKeys, nextValues];
  }
  return [sortedKeys, sortedValues];
}

/** Counts a step's keys from `from` on by their digit at `shift`, into the slot after it; returns the next key. A plain function: V8 optimises loops in generators poorly. */
function countDigits(keys: Uint32Array, starts: Uint32Array, shift: number, from: number): number {
  const to = Math.min(keys.length, from + COUNTED_PER_STEP);
  for (let k = from; k < to; k++) starts[((keys[k]! >>> shift) & 0xffff) + 1]!++;
  return to;
}

/** Places a step's keys and values from `from` on at their digit's next slot; returns the next key. A plain function: V8 optimises loops in generators poorly. */
function placeByDigit(keys: Uint32Array, values: Uint32Array, starts: Uint32Array, shift: number, nextKeys: Uint32Array, nextValues: Uint32Array, from: number): number {
  const to = Math.min(keys.length, from + PLACED_PER_STEP);
  for (let k = from; k < to; k++) {
    const slot = starts[(keys[k]! >>> shift) & 0xffff]!++;
    nextKeys[slot] = keys[k]!;
    nextValues[slot] = values[k]!;
  }
  return to;
}
