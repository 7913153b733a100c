import { countingPass } from './countingPass.ts';
import type { Steps } from './Steps.ts';

/**
 * `keys` ascending and `values` in step, a key's values in their given
 * order, as steps (see `Steps`): a stable radix sort, 16 bits a pass
 * (`countingPass`), with no comparison. Returns new arrays.
 *
 * @example runAtOnce(sortByKeyInSteps(Uint32Array.of(7, 3, 7), Uint32Array.of(0, 1, 2))) // [[3, 7, 7], [1, 0, 2]]
 */
export function* sortByKeyInSteps(keys: Uint32Array, values: Uint32Array): Steps<[Uint32Array, Uint32Array]> {
  const [sortedKeys, sortedValues] = [keys.slice(), values.slice()];
  const [spareKeys, spareValues] = [new Uint32Array(keys.length), new Uint32Array(keys.length)];
  const counts = new Uint32Array(1 << 16);
  for (const shift of [0, 16]) yield* countingPass(sortedValues, sortedKeys, spareValues, spareKeys, counts, shift, 16);
  return [sortedKeys, sortedValues];
}
