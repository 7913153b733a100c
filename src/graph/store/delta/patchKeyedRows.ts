import { lowerBound } from '../lowerBound.ts';
import type { Steps } from '../steps/Steps.ts';
import type { StringColumn } from '../StringColumn.ts';

/** Sorted text keys, each with a row of numbers: a `KeyIndex`, or the words of a `SearchIndex` with their postings. */
export interface KeyedRows {
  readonly keys: StringColumn;
  /** The numbers of key i are `values[offsets[i] .. offsets[i + 1])`, in order (an added number goes before the first greater one). */
  readonly offsets: Uint32Array;
  readonly values: Uint32Array;
}

/** What `remap` answers for a number to leave out. */
export const DROPPED = -1;

// Numbers remapped between pauses: a few milliseconds.
const VALUES_PER_STEP = 1 << 18;

/**
 * `rows` with every number passed through `remap` (which must keep the
 * order of those it keeps, and may drop some) and each `added` number put
 * into its key's row, in order; a key left with no number goes, a key
 * added comes in its sorted place. `added` is (key, number) pairs,
 * ascending by key, then number, numbers none of the remapped ones equal. The key
 * column is shared when no key comes or goes (see `StringColumn.gather`).
 * One pass over the numbers; a binary search per added key.
 *
 * @example const patched = yield* patchKeyedRows(index, (author) => oldToNew[author]!, [['tim maxwell', 7]]);
 */
export function* patchKeyedRows(rows: KeyedRows, remap: (value: number) => number, added: readonly (readonly [string, number])[]): Steps<KeyedRows> {
  const { keys, values } = rows;
  const patch: Patch = {
    rows,
    remap,
    added,
    // Where each added key sits among the old ones: its row, or the row it goes before.
    at: added.map(([key]) => lowerBound(keys.length, (row) => keys.get(row)!, key)),
    values: new Uint32Array(values.length + added.length),
    offsets: new Uint32Array(keys.length + added.length + 1),
    keyRows: new Uint32Array(keys.length + added.length),
    newKeys: [],
    row: 0,
    filled: 0,
    keyCount: 0,
    next: 0,
  };
  while (patch.row <= keys.length) {
    patchSomeRows(patch);
    yield;
  }
  const unchangedKeys = patch.keyCount === keys.length && patch.newKeys.length === 0;
  return {
    keys: unchangedKeys ? keys : keys.gather(patch.keyRows.subarray(0, patch.keyCount), patch.newKeys),
    // Views, not copies: the rows a patch drops are a handful of slots, and a copy of the search index's postings is 25 MB at a million papers.
    offsets: patch.offsets.subarray(0, patch.keyCount + 1),
    values: patch.values.subarray(0, patch.filled),
  };
}

/** `patchKeyedRows` under way: its input, what it has written, and where it is. */
interface Patch {
  readonly rows: KeyedRows;
  readonly remap: (value: number) => number;
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

/** Patches rows from `patch.row` on until a step's work is done (or the rows are), past the end once they are. A plain function: V8 optimises loops in generators poorly. */
function patchSomeRows(patch: Patch): void {
  const { rows, remap, added, at, values, offsets, keyRows, newKeys } = patch;
  const { keys } = rows;
  let { row, filled, keyCount, next } = patch;
  const endRow = (keyRow: number) => {
    keyRows[keyCount++] = keyRow;
    offsets[keyCount] = filled;
  };
  for (let visited = 0; row <= keys.length && visited < VALUES_PER_STEP; row++) {
    // Added keys that are not keys yet, before this row, each with its numbers.
    while (next < added.length && at[next] === row && (row === keys.length || keys.get(row) !== added[next]![0])) {
      const key = added[next]![0];
      while (next < added.length && added[next]![0] === key) values[filled++] = added[next++]![1];
      endRow(keys.length + newKeys.length);
      newKeys.push(key);
    }
    if (row === keys.length) continue;
    // The numbers added to this row's key, from `next` to `last`.
    let last = next;
    while (last < added.length && at[last] === row) last++;
    const start = filled;
    for (let k = rows.offsets[row]!; k < rows.offsets[row + 1]!; k++) {
      const value = remap(rows.values[k]!);
      if (value === DROPPED) continue;
      while (next < last && value > added[next]![1]) values[filled++] = added[next++]![1];
      values[filled++] = value;
    }
    while (next < last) values[filled++] = added[next++]![1];
    if (filled > start) endRow(row);
    visited += rows.offsets[row + 1]! - rows.offsets[row]! + 1;
  }
  Object.assign(patch, { row, filled, keyCount, next });
}
