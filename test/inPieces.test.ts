import { describe, expect, it } from 'vitest';
import { blockShifts } from '../src/graph/store/delta/blockShifts.ts';
import { patchKeyedRows } from '../src/graph/store/delta/patchKeyedRows.ts';
import { forEachRun, NO_NEW_ROW, NO_OLD_ROW, type Renumbering } from '../src/graph/store/delta/Renumbering.ts';
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

  it('copies a long run after many short ones in pieces no larger than the first: a piece cut short by a run grows nothing', () => {
    // New rows 0 .. 119 alternate a row made anew with an old one (old rows 0 .. 59); rows 120 .. 200,119 are old rows 1,000 .. 200,999 in a row.
    const newToOld = Uint32Array.from({ length: 200_120 }, (_, row) => (row < 120 ? (row % 2 === 0 ? NO_OLD_ROW : (row - 1) / 2) : row + 880));
    const copies: [number, number, number][] = [];
    runAtOnce(forEachRun({ newToOld } as Renumbering, (from, to, old) => copies.push([from, to, old])));
    expect(copies.slice(0, 2)).toEqual([
      [1, 2, 0],
      [3, 4, 1],
    ]);
    const long = copies.filter(([from]) => from >= 120);
    expect(long[0]![0]).toBe(120);
    expect(long[0]![1] - long[0]![0]).toBeLessThanOrEqual(4096);
    expect(long.every(([from, , old], k) => old === from + 880 && (k === 0 || from === long[k - 1]![1]))).toBe(true);
    expect(long.at(-1)![1]).toBe(200_120);
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
    const { offsets, values } = runAtOnce(patchKeyedRows(rows, { rows: table, shift: 0, blockShifts: runAtOnce(blockShifts(table)) }, [['k', 0]]));
    expect([...offsets]).toEqual([0, 99_901]);
    expect([values[0], values[999], values[1000], values[99_900]]).toEqual([0, 999, 1001, 99_999]);
    expect(values.every((value, k) => k === 0 || value > values[k - 1]!)).toBe(true);
  });

  it('patches many keyed rows over many pieces as a row-by-row patch would, keys gone and come included', () => {
    // 30,000 keys "k00000" …, key i holding 2i and 2i + 1; numbers renumbered one up, every seventh dropped (a key left with none goes).
    const keyCount = 30_000;
    const name = (i: number) => `k${String(i).padStart(5, '0')}`;
    const rows = {
      keys: StringColumn.of(Array.from({ length: keyCount }, (_, i) => name(i))),
      offsets: Uint32Array.from({ length: keyCount + 1 }, (_, i) => 2 * i),
      values: Uint32Array.from({ length: 2 * keyCount }, (_, n) => n),
    };
    const dropped = (n: number) => n % 7 === 3 || n % 7 === 4;
    const table = Uint32Array.from({ length: 2 * keyCount }, (_, n) => (dropped(n) ? NO_NEW_ROW : n + 1));
    // Added: number 0 to every thousandth key, and a key between k00010 and k00011.
    const added: [string, number][] = [];
    for (let i = 0; i < keyCount; i += 1000) {
      added.push([name(i), 0]);
      if (i === 0) added.push(['k00010x', 5]);
    }
    added.sort(([a], [b]) => (a < b ? -1 : 1));
    const patched = runAtOnce(patchKeyedRows(rows, { rows: table, shift: 0, blockShifts: runAtOnce(blockShifts(table)) }, added));
    const expected = new Map<string, number[]>();
    for (let i = 0; i < keyCount; i++) {
      const kept = [2 * i, 2 * i + 1].filter((n) => !dropped(n)).map((n) => n + 1);
      if (kept.length > 0) expected.set(name(i), kept);
    }
    for (const [key, number] of added) expected.set(key, [number, ...(expected.get(key) ?? [])]);
    const got = new Map(Array.from({ length: patched.keys.length }, (_, row) => [patched.keys.get(row)!, [...patched.values.subarray(patched.offsets[row], patched.offsets[row + 1])]]));
    expect([...got.keys()]).toEqual([...expected.keys()].sort());
    expect(got).toEqual(expected);
  });
});
