import type { StringColumn } from './StringColumn.ts';

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

/**
 * `lowerBound` over the text of `column`'s rows, read in `order` (its first
 * `length` rows) or, without one, in row order: the first position whose
 * text is not below `key`. A function made once, with no key function: a
 * closure made for each search lost its optimised code at every full
 * collection (see `inPieces`), and a change searches by the hundred, reads
 * by the thousand.
 *
 * @example lowerBoundInColumn(StringColumn.of(['a', 'c', 'e']), 'b') // 1
 */
export function lowerBoundInColumn(column: StringColumn, key: string, order?: Uint32Array, length = order?.length ?? column.length): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (column.get(order === undefined ? middle : order[middle]!)! < key) low = middle + 1;
    else high = middle;
  }
  return low;
}
