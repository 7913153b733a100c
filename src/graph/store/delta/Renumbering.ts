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
  /** How many old authors, merged ones counted, sort before the person. */
  readonly before: number;
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
  return { oldToNew, newToOld, survivor, merged: sorted, before };
}

/**
 * The row offsets of rows `offsets` describes (by old author) in their new
 * places, the merged person's row `survivorLength` long. A plain loop, not
 * steps: V8 optimises loops in generators poorly, so the steps call this.
 *
 * @example renumberedOffsets(Uint32Array.of(0, 2, 3), Uint32Array.of(NO_OLD_AUTHOR, 1), 4) // [0, 4, 5]
 */
export function renumberedOffsets(offsets: Uint32Array, newToOld: Uint32Array, survivorLength: number): Uint32Array {
  const renumbered = new Uint32Array(newToOld.length + 1);
  for (let index = 0; index < newToOld.length; index++) {
    const old = newToOld[index]!;
    renumbered[index + 1] = renumbered[index]! + (old === NO_OLD_AUTHOR ? survivorLength : offsets[old + 1]! - offsets[old]!);
  }
  return renumbered;
}

/**
 * Writes each old author index of `source` as its new one into `target`,
 * slot for slot. Computed from the few merged indices and the person's
 * place rather than read from `oldToNew`: tens of millions of coauthor
 * entries are read in order, and a table read per entry would miss the
 * cache.
 *
 * @example renumberInto(paperAuthors.subarray(0, 2), renumbering, target)
 */
export function renumberInto(source: Uint32Array, { merged, survivor, before }: Renumbering, target: Uint32Array): void {
  const count = merged.length;
  for (let k = 0; k < source.length; k++) {
    const old = source[k]!;
    // One place up past the person, one down past each merged author below.
    let index = old >= before ? old + 1 : old;
    for (let m = 0; m < count; m++) {
      const other = merged[m]!;
      if (old < other) break;
      if (old === other) {
        index = survivor;
        break;
      }
      index--;
    }
    target[k] = index;
  }
}
