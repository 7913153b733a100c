import { describe, expect, it } from 'vitest';
import { BLOCK_BITS, blockShifts, MIXED } from '../src/graph/store/delta/blockShifts.ts';
import { NO_NEW_ROW, renumberAround } from '../src/graph/store/delta/Renumbering.ts';
import { runAtOnce } from '../src/graph/store/steps/runAtOnce.ts';

describe('block shifts', () => {
  // 200 rows, four blocks of 64 (the last of 8): block 0 moves 2 up, block 1 has a row that goes, block 2 moves 1 down but for row 150, block 3 stays.
  const table = Uint32Array.from({ length: 200 }, (_, row) => (row < 64 ? row + 2 : row === 100 ? NO_NEW_ROW : row < 128 ? row + 2 : row < 192 ? (row === 150 ? 7 : row - 1) : row));

  it('give each block the shift all its rows take, and MIXED to a block whose rows take several', () => {
    expect([...runAtOnce(blockShifts(table))]).toEqual([2, MIXED, MIXED, 0]);
  });

  it('make a block MIXED that holds a row named so, whatever its shift', () => {
    expect([...runAtOnce(blockShifts(table, [10, 199]))]).toEqual([MIXED, MIXED, MIXED, MIXED]);
  });

  it('read every row as the table does, the table read only in a MIXED block', () => {
    const shifts = runAtOnce(blockShifts(table));
    const read = (row: number) => (shifts[row >>> BLOCK_BITS] === MIXED ? table[row]! : row + shifts[row >>> BLOCK_BITS]!);
    expect(Array.from(table.keys(), read)).toEqual([...table]);
  });

  it('of a renumbering leave no shift to the block of a row made anew, even one made anew where it was', () => {
    // Row 70 is made anew after 70 kept rows: new row 70, as if kept; rows 130 and 131 go, the rows after them closing up.
    const renumbering = runAtOnce(renumberAround(200, [70, 130, 131], [70], [0, NO_NEW_ROW, NO_NEW_ROW]));
    expect(renumbering.oldToNew[70]).toBe(70);
    expect([...renumbering.shifts]).toEqual([0, MIXED, MIXED, -2]);
  });
});
