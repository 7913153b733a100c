import { compareCodeUnits as compare } from '../text/compareCodeUnits.ts';

/**
 * The first position in `[0, length)` whose key is not below `key`, in
 * code-unit order, for keys that ascend: a binary search over anything that
 * can give its key at a position (a sorted column, an order of ids).
 *
 * @example lowerBound(3, (i) => ['a', 'c', 'e'][i]!, 'b') // 1
 */
export function lowerBound(length: number, keyAt: (position: number) => string, key: string): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(keyAt(middle), key) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
