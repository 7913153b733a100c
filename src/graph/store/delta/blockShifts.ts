import { inPieces } from '../steps/inPieces.ts';
import type { Steps } from '../steps/Steps.ts';

/** Rows a block shift covers (2 ** BLOCK_BITS): a million rows' shifts are 62 KB, which a core's cache holds. */
export const BLOCK_BITS = 6;

/** In block shifts, a block whose rows do not all move by one shift: its rows are read from the table. */
export const MIXED = 0x7fffffff;

/**
 * For each block of 2 ** `BLOCK_BITS` rows of `table` (row → number), the
 * shift (number − row) every row of the block takes, or `MIXED` when they
 * do not all take one, or when the block holds one of `mixedRows`
 * (ascending). A change moves rows by a handful of shifts, a few hundred
 * blocks changing them, so a pass that renumbers millions of entries reads
 * the shifts, in cache, rather than the table, megabytes read at random:
 *
 *   const by = shifts[old >>> BLOCK_BITS]!;
 *   const to = by === MIXED ? table[old]! : old + by;
 *
 * Written out in each pass, not called: V8 gives a function one set of type
 * feedback for all its callers, and through one the adjacency's 66 million
 * entries took 540–680 ms, written out 360–380. On the 1M-paper set the
 * search index's 6.4 million postings took 92–247 ms through the table and
 * 26–37 ms through the shifts. One pass over the table, in pieces.
 *
 * @example const shifts = yield* blockShifts(oldToNew, remade);
 */
export function* blockShifts(table: Uint32Array, mixedRows: readonly number[] = []): Steps<Int32Array> {
  const shifts = new Int32Array(Math.ceil(table.length / 2 ** BLOCK_BITS));
  yield* inPieces(shifts.length, (from, to) => shiftsInto(shifts, table, from, to));
  for (const row of mixedRows) shifts[row >>> BLOCK_BITS] = MIXED;
  return shifts;
}

/** Writes the shifts of blocks `from .. to - 1`. A plain loop: V8 optimises loops in generators poorly. */
function shiftsInto(shifts: Int32Array, table: Uint32Array, from: number, to: number): void {
  for (let block = from; block < to; block++) {
    const first = block * 2 ** BLOCK_BITS;
    const end = Math.min(table.length, first + 2 ** BLOCK_BITS);
    const shift = table[first]! - first;
    let one = shift !== MIXED && shift === (shift | 0);
    for (let row = first + 1; one && row < end; row++) one = table[row]! - row === shift;
    shifts[block] = one ? shift : MIXED;
  }
}
