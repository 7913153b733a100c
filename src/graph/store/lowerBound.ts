/**
 * The first position in `[0, length)` whose key is not below `key`, for
 * keys that ascend: a binary search over anything that can give its key at
 * a position (a sorted column, an order of ids, a typed array of numbers).
 * Strings compare by code units, as `<` does.
 *
 * @example lowerBound(3, (i) => ['a', 'c', 'e'][i]!, 'b') // 1
 */
export function lowerBound<K extends string | number>(length: number, keyAt: (position: number) => K, key: K): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keyAt(middle) < key) low = middle + 1;
    else high = middle;
  }
  return low;
}
