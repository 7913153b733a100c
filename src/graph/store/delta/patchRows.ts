import { sharedArray } from '../sharedArray.ts';
import type { Steps } from '../steps/Steps.ts';
import { forEachRun, type Renumbering, renumberedOffsetsInto, renumberInto } from './Renumbering.ts';

/** One array of compressed rows (of several, slot for slot): its old slots, what renumbers the numbers in them (none: they are copied), and the row of each row made anew. */
export interface RowArray {
  readonly values: Uint32Array;
  readonly renumbering: Renumbering | undefined;
  readonly anew: readonly ArrayLike<number>[];
}

/**
 * Compressed rows (`offsets` into each of `arrays`) after `rows`: each old
 * row in its new place, copied in runs, its numbers renumbered where the
 * array says; each row made anew, the jth, from each array's `anew[j]`.
 * The arrays are in shared memory, for the adjacency's worker thread (see
 * `adjacencyJobInWorker`).
 *
 * @example const [offsets, [paperAuthors]] = yield* patchRows(parts.paperAuthorOffsets, papers, [{ values: parts.paperAuthors, renumbering: authors, anew: bylines }]);
 */
export function* patchRows(offsets: Uint32Array, rows: Renumbering, arrays: readonly RowArray[]): Steps<[Uint32Array, Uint32Array[]]> {
  const count = rows.newToOld.length;
  const newOffsets = sharedArray(Uint32Array, count + 1);
  yield* renumberedOffsetsInto(
    newOffsets,
    offsets,
    rows.newToOld,
    arrays[0]!.anew.map((row, j) => [rows.anew[j]!, row.length] as const),
  );
  const patched = arrays.map(() => sharedArray(Uint32Array, newOffsets[count]!));
  yield* forEachRun(rows, (from, to, old) => {
    const [start, end] = [offsets[old]!, offsets[old + to - from]!];
    arrays.forEach(({ values, renumbering }, a) => {
      if (renumbering === undefined) patched[a]!.set(values.subarray(start, end), newOffsets[from]);
      else renumberInto(values.subarray(start, end), renumbering, patched[a]!.subarray(newOffsets[from]!));
    });
  });
  arrays.forEach(({ anew }, a) => anew.forEach((row, j) => patched[a]!.set(row, newOffsets[rows.anew[j]!])));
  return [newOffsets, patched];
}
