import type { Steps } from './Steps.ts';

// Runs this long are sorted natively, in one step each: a few milliseconds.
const RUN = 8192;
// Merged elements between pauses.
const MERGE_STEP = 16384;

/**
 * `items` sorted by `compare` into a new array, exactly as the stable
 * `Array.prototype.sort` would order them, pausing between runs and during
 * merges: a bottom-up merge sort over natively sorted runs.
 *
 * @example const sorted = runAtOnce(sortInSteps(['b', 'a'], compareCodeUnits)); // ['a', 'b']
 */
export function* sortInSteps<T>(items: readonly T[], compare: (a: T, b: T) => number): Steps<T[]> {
  let from: T[] = [];
  for (let start = 0; start < items.length; start += RUN) {
    yield;
    // Equal elements keep their order within a run (sort is stable) and across runs (ties take the left run first).
    for (const item of items.slice(start, start + RUN).sort(compare)) from.push(item);
  }
  let into: T[] = new Array<T>(from.length);
  for (let width = RUN; width < from.length; width *= 2) {
    let out = 0;
    for (let left = 0; left < from.length; left += 2 * width) {
      const middle = Math.min(left + width, from.length);
      const end = Math.min(left + 2 * width, from.length);
      let [i, j] = [left, middle];
      while (i < middle || j < end) {
        if (out % MERGE_STEP === 0) yield;
        into[out++] = j >= end || (i < middle && compare(from[i]!, from[j]!) <= 0) ? from[i++]! : from[j++]!;
      }
    }
    [from, into] = [into, from];
  }
  return from;
}
