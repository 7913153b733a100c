import { describe, expect, it } from 'vitest';
import { blockShifts } from '../src/graph/store/delta/blockShifts.ts';
import { patchAdjacency } from '../src/graph/store/delta/patchAdjacency.ts';
import { type KeyedRows, patchKeyedRows } from '../src/graph/store/delta/patchKeyedRows.ts';
import { keptRowsInto, NO_NEW_ROW, NO_OLD_ROW, renumberAround, renumberedOffsetsInto, renumberForMerge, renumberInto } from '../src/graph/store/delta/Renumbering.ts';
import { runAtOnce } from '../src/graph/store/steps/runAtOnce.ts';
import { StringColumn } from '../src/graph/store/StringColumn.ts';

describe('a renumbering', () => {
  // Old rows 1 and 4 are made anew, as new rows 2 and 0 of three; the kept rows 0, 2, 3 and 5 keep their order around them.
  const renumbering = runAtOnce(renumberAround(6, [1, 4], [0, 2, 4], [2, 0]));

  it('places each row made anew after as many kept rows as its place says, and the kept rows in order around them', () => {
    expect([...renumbering.anew]).toEqual([0, 3, 6]);
    expect([...renumbering.oldToNew]).toEqual([1, 6, 2, 4, 0, 5]);
    expect([...renumbering.newToOld]).toEqual([NO_OLD_ROW, 0, 2, NO_OLD_ROW, 3, 5, NO_OLD_ROW]);
  });

  it('lays out the old rows in their new places, and the rows made anew as long as given', () => {
    const offsets = Uint32Array.of(0, 2, 3, 6, 6, 8, 9);
    const target = new Uint32Array(8).fill(99);
    runAtOnce(renumberedOffsetsInto(target, offsets, renumbering.newToOld, [[0, 4], [3, 0], [6, 2]]));
    expect([...target]).toEqual([0, 4, 6, 9, 9, 9, 10, 12]);
  });

  it('writes each old row number as its new one', () => {
    const target = new Uint32Array(4);
    renumberInto(Uint32Array.of(5, 0, 4, 2), renumbering, target);
    expect([...target]).toEqual([5, 1, 0, 2]);
  });

  it('lets rows go, the kept rows closing up around them and the rows made anew', () => {
    // Rows 1 and 4 go; row 3 is made anew after one kept row (row 0); rows 2 and 5 follow it.
    const gone = runAtOnce(renumberAround(6, [1, 3, 4], [1], [NO_NEW_ROW, 0, NO_NEW_ROW]));
    expect([[...gone.anew], [...gone.oldToNew], [...gone.newToOld], [...gone.dropped]]).toEqual([[1], [0, NO_NEW_ROW, 2, 1, NO_NEW_ROW, 3], [0, NO_OLD_ROW, 2, 5], [1, 4]]);
  });

  it('of a merge puts the merged rows into one, where the person sorts among the others', () => {
    const merge = runAtOnce(renumberForMerge(5, [3, 1], 4));
    expect([merge.survivor, merge.merged, [...merge.oldToNew], [...merge.newToOld]]).toEqual([2, [1, 3], [0, 2, 1, 2, 3], [0, 2, NO_OLD_ROW, 4]]);
  });
});

describe('patching keyed rows', () => {
  const rows: KeyedRows = { keys: StringColumn.of(['b', 'd']), offsets: Uint32Array.of(0, 2, 3), values: Uint32Array.of(1, 5, 3) };
  const patched = (renumbered: number[], added: [string, number][], shift = 0) => {
    const table = Uint32Array.from(renumbered);
    const { keys, offsets, values } = runAtOnce(patchKeyedRows(rows, { rows: table, shift, blockShifts: runAtOnce(blockShifts(table)) }, added));
    return { keys: Array.from({ length: keys.length }, (_, row) => keys.get(row)), offsets: [...offsets], values: [...values] };
  };
  const _ = NO_NEW_ROW;

  it('renumbers every number and puts several added numbers of one key into its row in order, old keys and new', () => {
    expect(patched([_, 10, _, 30, _, _], [['a', 2], ['a', 4], ['b', 0], ['b', 20], ['c', 7]])).toEqual({
      keys: ['a', 'b', 'c', 'd'],
      offsets: [0, 2, 5, 6, 7],
      values: [2, 4, 0, 10, 20, 7, 30],
    });
  });

  it('drops a key whose numbers are all dropped', () => {
    expect(patched([_, 1, _, _, _, _], [['e', 0]])).toEqual({ keys: ['b', 'e'], offsets: [0, 1, 2], values: [1, 0] });
  });

  it('renumbers the row a number names and keeps the low bits below it', () => {
    // 1 = row 0, bits 1; 5 = row 1, bits 1; 3 = row 0, bits 3.
    expect(patched([4, _], [['b', 2]], 2)).toEqual({ keys: ['b', 'd'], offsets: [0, 2, 3], values: [2, 17, 19] });
  });
});

describe('a table of the rows kept', () => {
  it('gives each old row its new row plus a shift, and leaves out the rows made anew or gone', () => {
    // Old row 1 is made anew as new row 0; old row 3 goes; rows 0, 2 and 4 follow.
    const table = new Uint32Array(7);
    runAtOnce(keptRowsInto(runAtOnce(renumberAround(5, [1, 3], [0], [0, NO_NEW_ROW])), table, 2, 100));
    expect([...table]).toEqual([0, 0, 101, NO_NEW_ROW, 102, NO_NEW_ROW, 103]);
  });
});

describe('patching the coauthor adjacency', () => {
  // Authors 0 and 1 share 256 papers, 1 and 2 share 3: the weights need 16 bits.
  const adjacency = { offsets: Uint32Array.of(0, 1, 3, 4), neighbours: Uint32Array.of(1, 0, 2, 1), weights: Uint16Array.of(256, 256, 3, 3), pairCount: 2 };
  const patched = (pairs: [number, number, number][]) => {
    const patches = new Map<number, { from: number[]; added: [number, number][] }>();
    for (const [a, b, papers] of pairs) {
      for (const [one, other] of [[a, b], [b, a]] as const) {
        if (!patches.has(one)) patches.set(one, { from: [one], added: [] });
        patches.get(one)!.added.push([other, papers]);
      }
    }
    const { offsets, neighbours, weights, pairCount } = runAtOnce(patchAdjacency(adjacency, runAtOnce(renumberAround(3, [], [], [])), patches));
    return { offsets: [...offsets], neighbours: [...neighbours], weights: [...weights], width: weights.BYTES_PER_ELEMENT, pairCount };
  };

  it('takes a pair away whose papers shared a change takes away, and keeps the width a remaining tie needs', () => {
    expect(patched([[1, 2, -3]])).toEqual({ offsets: [0, 1, 2, 2], neighbours: [1, 0], weights: [256, 256], width: 2, pairCount: 1 });
  });

  it('narrows the weights when the tie that needed their width weakens', () => {
    expect(patched([[0, 1, -1]])).toEqual({ offsets: [0, 1, 3, 4], neighbours: [1, 0, 2, 1], weights: [255, 255, 3, 3], width: 1, pairCount: 2 });
  });
});

describe('a renumbering of more rows than a piece', () => {
  // Ten thousand rows, made in pieces of a few thousand: row 1 is made anew after 5,000 kept rows, row 9,000 goes.
  const renumbering = runAtOnce(renumberAround(10_000, [1, 9000], [5000], [0, NO_NEW_ROW]));

  it('carries its place across the pieces: the rows before the one made anew close up, those after it move one on', () => {
    const at = (rows: number[]) => rows.map((row) => renumbering.oldToNew[row]);
    expect(at([0, 1, 2, 5000, 5001, 8999, 9000, 9001, 9999])).toEqual([0, 5000, 1, 4999, 5001, 8999, NO_NEW_ROW, 9000, 9998]);
    expect([renumbering.newToOld.length, renumbering.newToOld[4999], renumbering.newToOld[5000], renumbering.newToOld[5001], renumbering.newToOld[9998]]).toEqual([
      9999,
      5000,
      NO_OLD_ROW,
      5001,
      9999,
    ]);
    expect([[...renumbering.anew], [...renumbering.dropped]]).toEqual([[5000], [9000]]);
  });
});
