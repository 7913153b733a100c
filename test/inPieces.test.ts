import { describe, expect, it } from 'vitest';
import { patchKeyedRows } from '../src/graph/store/delta/patchKeyedRows.ts';
import { NO_NEW_ROW } from '../src/graph/store/delta/Renumbering.ts';
import { inPieces } from '../src/graph/store/steps/inPieces.ts';
import { runAtOnce } from '../src/graph/store/steps/runAtOnce.ts';
import { StringColumn } from '../src/graph/store/StringColumn.ts';

describe('work in pieces', () => {
  it('covers every row once, in order, in ranges that follow one another, with a pause after each', () => {
    const ranges: [number, number][] = [];
    const steps = inPieces(100_000, (from, to) => ranges.push([from, to]));
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(ranges[0]![0]).toBe(0);
    expect(ranges.at(-1)![1]).toBe(100_000);
    expect(ranges.every(([from, to], k) => to > from && (k === 0 || from === ranges[k - 1]![1]))).toBe(true);
    expect(pauses).toBe(ranges.length);
  });

  it('does nothing for no rows', () => {
    const ranges: [number, number][] = [];
    runAtOnce(inPieces(0, (from, to) => ranges.push([from, to])));
    expect(ranges).toEqual([]);
  });

  it('patches keyed rows of many numbers, over many pieces, as in one', () => {
    // One key with the numbers 0 .. 99,999; each renumbered one up, every thousandth dropped, and 0 added.
    const rows = { keys: StringColumn.of(['k']), offsets: Uint32Array.of(0, 100_000), values: Uint32Array.from({ length: 100_000 }, (_, k) => k) };
    const table = Uint32Array.from({ length: 100_000 }, (_, k) => (k % 1000 === 999 ? NO_NEW_ROW : k + 1));
    const { offsets, values } = runAtOnce(patchKeyedRows(rows, { rows: table, shift: 0 }, [['k', 0]]));
    expect([...offsets]).toEqual([0, 99_901]);
    expect([values[0], values[999], values[1000], values[99_900]]).toEqual([0, 999, 1001, 99_999]);
    expect(values.every((value, k) => k === 0 || value > values[k - 1]!)).toBe(true);
  });
});
