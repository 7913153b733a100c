/** How many times a value occurs. */
export interface ValueCount {
  readonly value: number;
  readonly count: number;
}

/**
 * A histogram of `values`, ascending by value, only values that occur.
 *
 * @example countValues([2, 1, 2]) // [{ value: 1, count: 1 }, { value: 2, count: 2 }]
 */
export function countValues(values: Iterable<number>): ValueCount[] {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a - b).map(([value, count]) => ({ value, count }));
}
