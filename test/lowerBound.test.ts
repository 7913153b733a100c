import { describe, expect, it } from 'vitest';
import { lowerBound, lowerBoundInColumn } from '../src/graph/store/lowerBound.ts';
import { StringColumn } from '../src/graph/store/StringColumn.ts';

describe('lowerBoundInColumn', () => {
  const column = StringColumn.of(['ann', 'cy', 'eve', 'eve', 'zoe']);

  it('finds the first row whose text is not below the key, as lowerBound does', () => {
    expect(['', 'ann', 'b', 'eve', 'f', 'zoe', 'zz'].map((key) => lowerBoundInColumn(column, key))).toEqual([0, 0, 1, 2, 4, 4, 5]);
    expect(['', 'ann', 'b', 'eve', 'f', 'zoe', 'zz'].map((key) => lowerBound(column.length, (row) => column.get(row)!, key))).toEqual([0, 0, 1, 2, 4, 4, 5]);
  });

  it('reads the rows through an order, and only its first rows when given a length', () => {
    // The rows in text order: 'ann' (0), 'cy' (1), 'zoe' (4); then 'eve' (2), left out by the length.
    const order = Uint32Array.of(0, 1, 4, 2);
    expect(['ann', 'd', 'zoe', 'zz'].map((key) => lowerBoundInColumn(column, key, order, 3))).toEqual([0, 2, 2, 3]);
  });
});
