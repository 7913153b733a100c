/**
 * The author indices after a merge: the merged authors become one, placed
 * where its name sorts, and every other author keeps its place relative to
 * the rest, one or more places up or down.
 */
export interface Renumbering {
  /** Old index → new index; every merged author → `survivor`. */
  readonly oldToNew: Uint32Array;
  /** New index → old index; `NO_OLD_AUTHOR` at `survivor`. */
  readonly newToOld: Uint32Array;
  /** The new index of the merged person. */
  readonly survivor: number;
  /** Old indices of the merged authors, ascending. */
  readonly merged: readonly number[];
}

/** In `Renumbering.newToOld`, the merged person, who was no one author before. */
export const NO_OLD_AUTHOR = 0xffffffff;

/**
 * The renumbering of `count` authors when `merged` (old indices) become one
 * person at `before`: the number of old authors that sort before it, merged
 * ones counted. O(count).
 *
 * @example renumberForMerge(5, [1, 3], 4) // oldToNew [0, 2, 1, 2, 3], survivor 2
 */
export function renumberForMerge(count: number, merged: readonly number[], before: number): Renumbering {
  const sorted = [...merged].sort((a, b) => a - b);
  const survivor = before - sorted.filter((index) => index < before).length;
  const oldToNew = new Uint32Array(count);
  const newToOld = new Uint32Array(count - sorted.length + 1);
  newToOld[survivor] = NO_OLD_AUTHOR;
  let [kept, m] = [0, 0];
  for (let old = 0; old < count; old++) {
    if (old === sorted[m]) {
      oldToNew[old] = survivor;
      m++;
      continue;
    }
    const index = kept < survivor ? kept : kept + 1;
    oldToNew[old] = index;
    newToOld[index] = old;
    kept++;
  }
  return { oldToNew, newToOld, survivor, merged: sorted };
}
