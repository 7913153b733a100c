import { inPieces } from '../steps/inPieces.ts';
import { PieceSize } from '../steps/PieceSize.ts';
import type { Steps } from '../steps/Steps.ts';
import { sharedArray } from '../sharedArray.ts';
import { BLOCK_BITS, blockShifts, MIXED } from './blockShifts.ts';

/**
 * The rows (authors or papers) after a change: some old rows are made anew
 * (a merged author, an author whose papers change) or go (a removed paper,
 * an author left with none), new rows come, each row made anew where it
 * sorts, and every other row keeps its place relative to the rest, some
 * places up or down.
 */
export interface Renumbering {
  /** Old row → new row; a row made anew → the row made of it; a row that goes → `NO_NEW_ROW`. */
  readonly oldToNew: Uint32Array;
  /** New row → old row; `NO_OLD_ROW` at a row made anew. */
  readonly newToOld: Uint32Array;
  /** The new rows made anew, ascending. */
  readonly anew: Uint32Array;
  /** The old rows that go, ascending. */
  readonly dropped: Uint32Array;
  /** `oldToNew` by blocks of old rows (see `blockShifts`), a block that holds a row made anew or gone `MIXED`: a block with a shift is of kept rows. */
  readonly shifts: Int32Array;
}

/** A merge's renumbering, with the merged person's row. */
export interface MergeRenumbering extends Renumbering {
  /** The new row of the merged person. */
  readonly survivor: number;
  /** Old rows of the merged authors, ascending. */
  readonly merged: readonly number[];
}

/** In `Renumbering.newToOld`, a row made anew, which was no one old row before. */
export const NO_OLD_ROW = 0xffffffff;

/** In `Renumbering.oldToNew` (and in `renumberAround`'s `into`), an old row that goes. */
export const NO_NEW_ROW = 0xffffffff;

/**
 * The renumbering of `count` rows when the old rows `remade` (ascending)
 * are made anew or go and rows come in: new row j is placed after
 * `places[j]` of the rows kept (`places` ascending), and `remade[i]` goes
 * to new row j = `into[i]`, or away when `into[i]` is `NO_NEW_ROW`. O(count),
 * in pieces (see `inPieces`): a million papers are several milliseconds.
 *
 * @example yield* renumberAround(5, [1, 3], [2], [0, 0]) // a merge of rows 1 and 3 placed after kept rows 0 and 2: oldToNew [0, 2, 1, 2, 3]
 * @example yield* renumberAround(4, [2], [], [NO_NEW_ROW]) // row 2 goes: oldToNew [0, 1, NO_NEW_ROW, 2]
 */
export function* renumberAround(count: number, remade: readonly number[], places: readonly number[], into: readonly number[]): Steps<Renumbering> {
  // In shared memory: a change hands them to the adjacency's worker thread (see `patchAdjacencyBeside`), and a copy of a million rows would stop reads for it.
  const oldToNew = sharedArray(Uint32Array, count);
  const newToOld = sharedArray(Uint32Array, count - remade.length + places.length);
  const anew = Uint32Array.from(places, (place, j) => place + j);
  for (const index of anew) newToOld[index] = NO_OLD_ROW;
  const dropped = Uint32Array.from(remade.filter((_, i) => into[i] === NO_NEW_ROW));
  const placing: Placing = { oldToNew, newToOld, anew, remade, places, into, kept: 0, r: 0, j: 0 };
  yield* inPieces(count, (from, to) => placeRows(placing, from, to));
  return { oldToNew, newToOld, anew, dropped, shifts: yield* blockShifts(oldToNew, remade) };
}

/** `renumberAround` under way: its input, its tables, and how far its counters are. */
interface Placing {
  readonly oldToNew: Uint32Array;
  readonly newToOld: Uint32Array;
  readonly anew: Uint32Array;
  readonly remade: readonly number[];
  readonly places: readonly number[];
  readonly into: readonly number[];
  /** Old rows kept so far, the next row made anew or gone, the next row that comes. */
  kept: number;
  r: number;
  j: number;
}

/** Places old rows `from .. to - 1`, counters in locals (see `inPieces` for why a plain function). */
function placeRows(placing: Placing, from: number, to: number): void {
  const { oldToNew, newToOld, anew, remade, places, into } = placing;
  let { kept, r, j } = placing;
  for (let old = from; old < to; old++) {
    if (old === remade[r]) {
      const target = into[r++]!;
      oldToNew[old] = target === NO_NEW_ROW ? NO_NEW_ROW : anew[target]!;
      continue;
    }
    while (j < places.length && places[j]! <= kept) j++;
    oldToNew[old] = kept + j;
    newToOld[kept + j] = old;
    kept++;
  }
  Object.assign(placing, { kept, r, j });
}

/**
 * The renumbering of `count` authors when `merged` (old indices) become one
 * person at `before`: the number of old authors that sort before it, merged
 * ones counted. O(count), in pieces.
 *
 * @example yield* renumberForMerge(5, [1, 3], 4) // oldToNew [0, 2, 1, 2, 3], survivor 2
 */
export function* renumberForMerge(count: number, merged: readonly number[], before: number): Steps<MergeRenumbering> {
  const sorted = [...merged].sort((a, b) => a - b);
  const place = before - sorted.filter((index) => index < before).length;
  const { oldToNew, newToOld, anew, dropped, shifts } = yield* renumberAround(count, sorted, [place], new Array<number>(sorted.length).fill(0));
  // A literal, not a spread: with the spread, the passes it goes through (`keepRenumbered`, `renumberInto`) were deoptimised at every merge.
  return { oldToNew, newToOld, anew, dropped, shifts, survivor: anew[0]!, merged: sorted };
}

/**
 * Writes into `target` the row offsets of rows `offsets` describes (by
 * old row) in their new places, with the rows `lengths` names (new row,
 * length; ascending by row) that long: every row made anew, and any old row
 * whose length changes. In pieces (see `inPieces`): a million rows are
 * several milliseconds.
 *
 * @example yield* renumberedOffsetsInto(target, Uint32Array.of(0, 2, 3), Uint32Array.of(NO_OLD_ROW, 1), [[0, 4]]) // target [0, 4, 5]
 */
export function* renumberedOffsetsInto(target: Uint32Array, offsets: Uint32Array, newToOld: Uint32Array, lengths: readonly (readonly [number, number])[]): Steps<void> {
  let next = 0;
  target[0] = 0;
  yield* inPieces(newToOld.length, (from, to) => (next = offsetsInto(target, offsets, newToOld, lengths, next, from, to)));
}

/** `renumberedOffsetsInto` for new rows `from .. to - 1`, with `lengths[next]` the next row it names; returns the next after (see `inPieces` for why a plain function). */
function offsetsInto(target: Uint32Array, offsets: Uint32Array, newToOld: Uint32Array, lengths: readonly (readonly [number, number])[], next: number, from: number, to: number): number {
  for (let index = from; index < to; index++) {
    let length: number;
    if (next < lengths.length && lengths[next]![0] === index) length = lengths[next++]![1];
    else length = offsets[newToOld[index]! + 1]! - offsets[newToOld[index]!]!;
    target[index + 1] = target[index]! + length;
  }
  return next;
}

/**
 * Writes each old row number of `source` as its new one into `target`,
 * slot for slot: a read of the block shifts each, and of `oldToNew` for a
 * row near a change (see `blockShifts`).
 *
 * @example renumberInto(paperAuthors.subarray(0, 2), renumbering, target)
 */
export function renumberInto(source: Uint32Array, { oldToNew, shifts }: Renumbering, target: Uint32Array): void {
  // Read once: the adjacency's worker thread loads this module as CommonJS, where an imported
  // constant is a getter, called twice an entry (66 million entries took 2.0-3.9 s, not 0.4).
  const [bits, mixed] = [BLOCK_BITS, MIXED];
  for (let k = 0; k < source.length; k++) {
    const old = source[k]!;
    const by = shifts[old >>> bits]!;
    target[k] = by === mixed ? oldToNew[old]! : old + by;
  }
}

/**
 * Writes into `table`, from slot `at`, each old row's new row plus `plus`,
 * or `NO_NEW_ROW` for a row made anew or gone: a table that renumbers the
 * rows an index holds by one read each, leaving out the rows made anew,
 * which the index takes in afresh (see `patchKeyedRows`).
 *
 * @example yield* keptRowsInto(yield* renumberAround(3, [1], [0], [0]), table, 0, 0) // table [1, NO_NEW_ROW, 2]
 */
export function* keptRowsInto({ oldToNew, newToOld }: Renumbering, table: Uint32Array, at: number, plus: number): Steps<void> {
  yield* inPieces(oldToNew.length, (from, to) => keptRowsOf(oldToNew, newToOld, table, at, plus, from, to));
}

/** `keptRowsInto` for old rows `from .. to - 1` (see `inPieces` for why a plain function). */
function keptRowsOf(oldToNew: Uint32Array, newToOld: Uint32Array, table: Uint32Array, at: number, plus: number, from: number, to: number): void {
  for (let old = from; old < to; old++) {
    const index = oldToNew[old]!;
    table[at + old] = index === NO_NEW_ROW || newToOld[index] === NO_OLD_ROW ? NO_NEW_ROW : plus + index;
  }
}

/**
 * Calls `copy(from, to, old)` for each run of new rows `from .. to - 1`
 * that were the old rows `old ..` in a row: a handful of runs, one either
 * side of each row made anew, so rows are copied in bulk; a long run in
 * pieces, with pauses between (see `PieceSize`).
 *
 * @example yield* forEachRun(renumbering, (from, to, old) => years.set(oldYears.subarray(old, old + to - from), from));
 */
export function* forEachRun({ newToOld }: Renumbering, copy: (from: number, to: number, old: number) => void): Steps<void> {
  const pieces = new PieceSize();
  for (let from = 0; from < newToOld.length; ) {
    if (newToOld[from] === NO_OLD_ROW) {
      from++;
      continue;
    }
    pieces.run((size) => {
      const to = runEnd(newToOld, from, Math.min(newToOld.length, from + size));
      copy(from, to, newToOld[from]!);
      const done = to - from;
      from = to;
      return done;
    });
    yield;
  }
}

/** The end of the run of consecutive old rows that starts at new row `from`, or `limit` if sooner. A plain loop: V8 optimises loops in generators poorly. */
function runEnd(newToOld: Uint32Array, from: number, limit: number): number {
  let to = from + 1;
  while (to < limit && newToOld[to] === newToOld[to - 1]! + 1) to++;
  return to;
}
