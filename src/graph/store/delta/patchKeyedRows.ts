import { compareCodeUnits as compare } from '../../text/compareCodeUnits.ts';
import { lowerBoundInColumn } from '../lowerBound.ts';
import { PieceSize } from '../steps/PieceSize.ts';
import type { Steps } from '../steps/Steps.ts';
import { StringColumn } from '../StringColumn.ts';
import { BLOCK_BITS, MIXED } from './blockShifts.ts';
import { gatheredOrderInSteps } from './gatheredOrderInSteps.ts';
import { NO_NEW_ROW } from './Renumbering.ts';
import { changeArrays } from './RecycledArrays.ts';

/** Sorted text keys, each with a row of numbers: a `KeyIndex`, or the words of a `SearchIndex` with their postings. */
export interface KeyedRows {
  readonly keys: StringColumn;
  /** The numbers of key i are `values[offsets[i] .. offsets[i + 1])`, in order (an added number goes before the first greater one). */
  readonly offsets: Uint32Array;
  readonly values: Uint32Array;
}

/** Keyed rows with no key: what a part changes add to starts as. */
export const NO_KEYED_ROWS: KeyedRows = { keys: StringColumn.of([]), offsets: new Uint32Array(1), values: new Uint32Array(0) };

/**
 * How the numbers of keyed rows are renumbered: a number n names the row
 * `n >>> shift` (the low `shift` bits say more, as a posting's field
 * weight), which becomes `rows[n >>> shift]`, or is left out where that is
 * `NO_NEW_ROW`. A table, not a function: a call per number, for the 6
 * million postings of the 1M-paper set, was the largest single cost of a
 * change. Read through its block shifts: the table itself, read at random,
 * was the next.
 */
export interface NumberRenumbering {
  readonly rows: Uint32Array;
  readonly shift: number;
  /** `rows` by blocks (see `blockShifts`), read first: the table is read only near a change. */
  readonly blockShifts: Int32Array;
}

/**
 * `rows` with every number renumbered by `renumbering` (which must keep
 * the order of those it keeps, and may drop some) and each `added` number put
 * into its key's row, in order; a key left with no number goes, a key
 * added comes in its sorted place. `added` is (key, number) pairs,
 * ascending by key, then number, numbers none of the renumbered ones equal. The key
 * column is shared when no key comes or goes (see `StringColumn.gather`).
 * One pass over the numbers; a binary search per added key.
 *
 * @example const patched = yield* patchKeyedRows(index, { rows: keptAuthors, shift: 0 }, [['tim maxwell', 7]]);
 */
export function* patchKeyedRows(rows: KeyedRows, renumbering: NumberRenumbering, added: readonly (readonly [string, number])[]): Steps<KeyedRows> {
  const { keys, values } = rows;
  // Where each added key sits among the old ones: its row, or the row it goes before.
  const at: number[] = [];
  while (at.length < added.length) {
    placeAdded(keys, added, at);
    yield;
  }
  const patch: Patch = {
    rows,
    renumbering,
    added,
    at,
    values: changeArrays.array(Uint32Array, values.length + added.length),
    offsets: changeArrays.array(Uint32Array, keys.length + added.length + 1),
    keyRows: changeArrays.array(Uint32Array, keys.length + added.length),
    newKeys: [],
    row: 0,
    filled: 0,
    keyCount: 0,
    next: 0,
  };
  // Each row's end is written as it closes; the first row's start is not.
  patch.offsets[0] = 0;
  const pieces = new PieceSize();
  while (patch.row <= keys.length) {
    pieces.run((size) => patchSomeRows(patch, size));
    yield;
  }
  const unchangedKeys = patch.keyCount === keys.length && patch.newKeys.length === 0;
  const keyRows = patch.keyRows.subarray(0, patch.keyCount);
  return {
    keys: unchangedKeys ? keys : yield* keys.gather(keyRows, patch.newKeys, yield* gatheredOrderInSteps(keys, keyRows)),
    // Views, not copies: the rows a patch drops are a handful of slots, and a copy of the search index's postings is 25 MB at a million papers.
    offsets: patch.offsets.subarray(0, patch.keyCount + 1),
    values: patch.values.subarray(0, patch.filled),
  };
}

// A part changes made (see `KeyIndex.numberOf`) is folded into the built rows once it holds an eighth as many numbers:
// patching it then costs a change an eighth of what renumbering the built rows did (besides the pass over the table of
// where the built rows' numbers went, which each change makes), and a fold, which costs that once, comes after hundreds
// of changes on a large graph.
const FOLD_AT = 1 / 8;

/** Whether a part changes made, of `since` numbers, is to be folded into built rows of `built` (see `pairsOf`). */
export function outgrowsBuilt(since: number, built: number): boolean {
  return since > built * FOLD_AT;
}

/**
 * Every (key, number) pair of `rows`, by key, then number: the numbers a
 * part changes made adds to the built rows when it is folded into them,
 * through `patchKeyedRows`.
 *
 * @example const folded = yield* patchKeyedRows(index, { rows: index.numberOf, shift: 0, blockShifts: yield* blockShifts(index.numberOf) }, pairsOf(index.since));
 */
export function pairsOf({ keys, offsets, values }: KeyedRows): [string, number][] {
  const pairs: [string, number][] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys.get(i)!;
    // A part changes made holds each row ascending, as `patchKeyedRows` made it from pairs so ordered.
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) pairs.push([key, values[k]!]);
  }
  return pairs;
}

/**
 * The order `patchKeyedRows` takes its added pairs in: by key, then number.
 * A function made once, not a comparator made by each change, whose
 * optimised code would go with it (see `inPieces`).
 *
 * @example added.sort(compareAdded)
 */
export function compareAdded([a, x]: readonly [string, number], [b, y]: readonly [string, number]): number {
  return compare(a, b) || x - y;
}

/** `patchKeyedRows` under way: its input, what it has written, and where it is. */
interface Patch {
  readonly rows: KeyedRows;
  readonly renumbering: NumberRenumbering;
  readonly added: readonly (readonly [string, number])[];
  readonly at: readonly number[];
  readonly values: Uint32Array;
  readonly offsets: Uint32Array;
  /** New key row → old key row, or keys.length + k for the kth new key. */
  readonly keyRows: Uint32Array;
  readonly newKeys: string[];
  /** The next old row, the values written, the keys written, the next added pair. */
  row: number;
  filled: number;
  keyCount: number;
  next: number;
}

// Added keys placed between pauses: a binary search each, among a million words reads twenty of them.
const ADDED_PER_STEP = 256;

/** Places the next step's added keys among the old keys, into `at`; a key added several times is found once. */
function placeAdded(keys: StringColumn, added: readonly (readonly [string, number])[], at: number[]): void {
  const end = Math.min(added.length, at.length + ADDED_PER_STEP);
  for (let k = at.length; k < end; k++) {
    const key = added[k]![0];
    at.push(k > 0 && added[k - 1]![0] === key ? at[k - 1]! : lowerBoundInColumn(keys, key));
  }
}

/** Patches rows from `patch.row` on until about `size` numbers are read (or the rows are), past the end once they are. A plain function, reading the old rows through locals: V8 optimises loops in generators poorly, and a property read per number made the pass half as long again (31 ms against 22 for the 6.4 million postings of the 1M set, warm). */
function patchSomeRows(patch: Patch, size: number): number {
  const { rows, renumbering, added, at, values, offsets, keyRows, newKeys } = patch;
  const { keys, offsets: oldOffsets, values: oldValues } = rows;
  let { row, filled, keyCount, next } = patch;
  const endRow = (keyRow: number) => {
    keyRows[keyCount++] = keyRow;
    offsets[keyCount] = filled;
  };
  let visited = 0;
  for (; row <= keys.length && visited < size; row++) {
    // Added keys that are not keys yet, before this row, each with its numbers.
    while (next < added.length && at[next] === row && (row === keys.length || keys.get(row) !== added[next]![0])) {
      const key = added[next]![0];
      while (next < added.length && added[next]![0] === key) values[filled++] = added[next++]![1];
      endRow(keys.length + newKeys.length);
      newKeys.push(key);
    }
    if (row === keys.length) continue;
    const first = oldOffsets[row]!;
    const end = oldOffsets[row + 1]!;
    const start = filled;
    // The numbers added to this row's key, from `next` to `last`: the old ones renumbered after room for them, then merged with them from the front.
    let last = next;
    while (last < added.length && at[last] === row) last++;
    const renumberedEnd = renumberNumbers(oldValues, first, end, renumbering, values, start + last - next);
    for (let read = start + last - next; next < last; ) values[filled++] = read < renumberedEnd && values[read]! < added[next]![1] ? values[read++]! : added[next++]![1];
    filled = renumberedEnd;
    if (filled > start) endRow(row);
    visited += end - first + 1;
  }
  Object.assign(patch, { row, filled, keyCount, next });
  return visited;
}

/**
 * Writes the numbers `oldValues[first .. end - 1]` renumbered into
 * `values` from slot `filled`, less those left out; returns the slots
 * filled. A loop of its own, on typed arrays and numbers alone: the
 * postings of a million papers go through it.
 */
function renumberNumbers(oldValues: Uint32Array, first: number, end: number, { rows, shift, blockShifts }: NumberRenumbering, values: Uint32Array, filled: number): number {
  const [scale, low] = [2 ** shift, 2 ** shift - 1];
  for (let k = first; k < end; k++) {
    const old = oldValues[k]!;
    const number = old >>> shift;
    const by = blockShifts[number >>> BLOCK_BITS]!;
    const to = by === MIXED ? rows[number]! : number + by;
    if (to !== NO_NEW_ROW) values[filled++] = to * scale + (old & low);
  }
  return filled;
}
