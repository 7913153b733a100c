import { describe, expect, it } from 'vitest';
import { countInto } from '../src/graph/store/delta/countInto.ts';
import { longestRow } from '../src/graph/store/longestRow.ts';
import { runAtOnce } from '../src/graph/store/steps/runAtOnce.ts';

describe('longestRow', () => {
  it('finds the longest row the offsets describe', () => {
    // Rows of 2, 5, 1 and 0 entries.
    expect(runAtOnce(longestRow(Uint32Array.of(0, 2, 7, 8, 8)))).toBe(5);
  });

  it('finds the longest row when it is the last of many pieces', () => {
    // 100,000 rows of one entry, then one of 3: far more rows than a first piece takes.
    const offsets = Uint32Array.from({ length: 100_002 }, (_, row) => (row <= 100_000 ? row : 100_003));
    expect(runAtOnce(longestRow(offsets))).toBe(3);
  });

  it('is 0 with no rows', () => {
    expect(runAtOnce(longestRow(Uint32Array.of(0)))).toBe(0);
    expect(runAtOnce(longestRow(new Uint32Array(0)))).toBe(0);
  });
});

describe('countInto', () => {
  it('writes the numbers from start to end into the target from a slot on, and nothing else', () => {
    const target = new Uint32Array(6);
    countInto(target, 2, 5, 8);
    expect([...target]).toEqual([0, 0, 5, 6, 7, 0]);
  });

  it('writes nothing for an empty range', () => {
    const target = Uint32Array.of(9, 9);
    countInto(target, 0, 4, 4);
    expect([...target]).toEqual([9, 9]);
  });
});
