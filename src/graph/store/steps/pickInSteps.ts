import type { Steps } from './Steps.ts';

// Items picked between pauses: a million take tens of milliseconds.
const PICK_STEP = 65536;

/**
 * The items at `indices`, in their order, picked in steps (see `Steps`):
 * turns an order of indices (`orderOfStrings`) into the items in that order.
 *
 * @example runAtOnce(pickInSteps(['a', 'b', 'c'], [2, 0])) // ['c', 'a']
 */
export function* pickInSteps<T>(items: readonly T[], indices: ArrayLike<number>): Steps<T[]> {
  const picked = new Array<T>(indices.length);
  for (let k = 0; k < indices.length; k++) {
    if (k % PICK_STEP === PICK_STEP - 1) yield;
    picked[k] = items[indices[k]!]!;
  }
  return picked;
}
