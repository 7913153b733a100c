import type { Steps } from './Steps.ts';

// Keys counted, or placed, between pauses.
const STEP = 16384;

/**
 * Sorts `indices` by one digit of `keys` (bits `shift` up, `digitBits`
 * wide), stably, in place; `spareIndices`, `spareKeys` and `counts` are
 * scratch space. A digit every key shares costs one reading. A step's
 * worth of keys is read, or placed, between pauses.
 *
 * @example yield* countingPass(order, keys, spareOrder, spareKeys, new Uint32Array(1 << 16), 16, 16) // by the high 16 bits
 */
export function* countingPass(
  indices: Uint32Array,
  keys: Uint32Array,
  spareIndices: Uint32Array,
  spareKeys: Uint32Array,
  counts: Uint32Array,
  shift: number,
  digitBits: number,
): Steps<void> {
  const size = indices.length;
  const buckets = counts.subarray(0, 1 << digitBits);
  const mask = (1 << digitBits) - 1;
  buckets.fill(0);
  for (let p = 0; p < size; p = countDigits(keys, buckets, shift, mask, p)) yield;
  if (buckets[(keys[0]! >>> shift) & mask] === size) return;
  let total = 0;
  for (let digit = 0; digit <= mask; digit++) [buckets[digit], total] = [total, total + buckets[digit]!];
  for (let p = 0; p < size; p = placeByDigit(indices, keys, spareIndices, spareKeys, buckets, shift, mask, p)) yield;
  keys.set(spareKeys);
  indices.set(spareIndices);
}

/** Counts the digits of a step's keys from `from` on into `buckets`; returns the next key. A plain function: V8 optimises loops in generators poorly. */
function countDigits(keys: Uint32Array, buckets: Uint32Array, shift: number, mask: number, from: number): number {
  const to = Math.min(keys.length, from + STEP);
  for (let p = from; p < to; p++) buckets[(keys[p]! >>> shift) & mask]!++;
  return to;
}

/** Moves a step's indices and keys from `from` on to their digit's next slot in the spares; returns the next. A plain function: V8 optimises loops in generators poorly. */
function placeByDigit(indices: Uint32Array, keys: Uint32Array, spareIndices: Uint32Array, spareKeys: Uint32Array, buckets: Uint32Array, shift: number, mask: number, from: number): number {
  const to = Math.min(keys.length, from + STEP);
  for (let p = from; p < to; p++) {
    const key = keys[p]!;
    const into = buckets[(key >>> shift) & mask]!++;
    spareKeys[into] = key;
    spareIndices[into] = indices[p]!;
  }
  return to;
}
