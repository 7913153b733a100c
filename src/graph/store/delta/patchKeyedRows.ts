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
 * added comes in its sorted place. `added` is (key, number) pairs, keys
 * distinct and ascending, numbers none of the remapped ones equal. The key
 * column is shared when no key comes or goes (see `StringColumn.gather`).
 * One pass over the numbers; a binary search per added key.
 *
 * @example const patched = yield* patchKeyedRows(index, (author) => oldToNew[author]!, [['tim maxwell', 7]]);
 */
export function* patchKeyedRows(rows: KeyedRows, remap: (value: number) => number, added: readonly (readonly [string, number])[]): Steps<KeyedRows> {
  const { keys, offsets, values } = rows;
  // Where each added key sits among the old ones: its row, or the row it goes before.
  const at = added.map(([key]) => lowerBound(keys.length, (row) => keys.get(row)!, key));
  const outValues = new Uint32Array(values.length + added.length);
  const outOffsets = new Uint32Array(keys.length + added.length + 1);
  // New key row → old key row, or keys.length + k for the kth new key.
  const keyRows = new Uint32Array(keys.length + added.length);
  const newKeys: string[] = [];
  let [filled, keyCount, next, visited] = [0, 0, 0, 0];
  const endRow = (keyRow: number) => {
    keyRows[keyCount++] = keyRow;
    outOffsets[keyCount] = filled;
  };
  for (let row = 0; row <= keys.length; row++) {
    // Added keys that are not keys yet, before this row.
    while (next < added.length && at[next] === row && (row === keys.length || keys.get(row) !== added[next]![0])) {
      outValues[filled++] = added[next]![1];
      endRow(keys.length + newKeys.length);
      newKeys.push(added[next++]![0]);
    }
    if (row === keys.length) break;
    let insert = next < added.length && at[next] === row ? added[next++]![1] : DROPPED;
    const start = filled;
    for (let k = offsets[row]!; k < offsets[row + 1]!; k++) {
      const value = remap(values[k]!);
      if (value === DROPPED) continue;
      if (insert !== DROPPED && value > insert) {
        outValues[filled++] = insert;
        insert = DROPPED;
      }
      outValues[filled++] = value;
    }
    if (insert !== DROPPED) outValues[filled++] = insert;
    if (filled > start) endRow(row);
    if ((visited += offsets[row + 1]! - offsets[row]! + 1) >= VALUES_PER_STEP) {
      visited = 0;
      yield;
    }
  }
  const unchangedKeys = keyCount === keys.length && newKeys.length === 0;
  return {
    keys: unchangedKeys ? keys : keys.gather(keyRows.subarray(0, keyCount), newKeys),
    offsets: outOffsets.slice(0, keyCount + 1),
    values: outValues.slice(0, filled),
  };
}
