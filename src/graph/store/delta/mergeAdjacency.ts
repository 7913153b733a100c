import type { CoauthorAdjacency } from '../coauthorAdjacency.ts';
import type { Steps } from '../steps/Steps.ts';
import { NO_OLD_AUTHOR, type Renumbering, renumberedOffsets, renumberInto } from './Renumbering.ts';

// Row entries copied between pauses: a few milliseconds.
const ENTRIES_PER_STEP = 1 << 18;

/**
 * The coauthor adjacency after the merge `renumbering` describes, from the
 * one before it: the merged person's row is the sum of the merged authors'
 * rows (they share no paper, so none is in another's row), each of their
 * coauthors' rows holds the person once, with the papers shared with any of
 * them added up, and every other row is the old one renumbered. The weights
 * widen when a sum needs it, as a build would have made them. One pass over
 * the rows.
 *
 * @example const adjacency = yield* mergeAdjacency(coauthorAdjacency(graph), renumberForMerge(n, [tim, timothy], at));
 */
export function* mergeAdjacency({ offsets, neighbours, weights }: CoauthorAdjacency, renumbering: Renumbering): Steps<CoauthorAdjacency> {
  const { oldToNew, newToOld, survivor, merged } = renumbering;
  // The merged person's coauthors (old indices) with the papers each shares with them, and how many merged authors each had in their row.
  const sums = new Map<number, number>();
  const mergedIn = new Map<number, number>();
  for (const author of merged) {
    for (let k = offsets[author]!; k < offsets[author + 1]!; k++) {
      const coauthor = neighbours[k]!;
      sums.set(coauthor, (sums.get(coauthor) ?? 0) + weights[k]!);
      mergedIn.set(coauthor, (mergedIn.get(coauthor) ?? 0) + 1);
    }
  }
  const survivorRow = [...sums.keys()].map((old) => oldToNew[old]!).sort((a, b) => a - b);
  const newCount = newToOld.length;
  const newOffsets = renumberedOffsets(offsets, newToOld, survivorRow.length);
  // A coauthor of k merged authors holds the person once in their place: k − 1 slots fewer.
  const shorter = [...mergedIn].filter(([, k]) => k > 1).map(([old, k]) => [oldToNew[old]!, k - 1] as const);
  if (shorter.length > 0) shortenRows(newOffsets, shorter);
  const size = newOffsets[newCount]!;
  const strongest = [...sums.values()].reduce((most, weight) => Math.max(most, weight), 0);
  const newNeighbours = new Uint32Array(size);
  const newWeights = widthFor(weights, strongest, size);
  yield;
  for (let index = 0; index < newCount; ) {
    index = copyRows(index);
    yield;
  }

  /** Copies rows from new row `index` on, until a step's work is done; returns the next row to copy. A plain function: V8 optimises loops in generators poorly. */
  function copyRows(index: number): number {
    const old = newToOld[index]!;
    if (old === NO_OLD_AUTHOR) {
      let slot = newOffsets[index]!;
      for (const coauthor of survivorRow) {
        newNeighbours[slot] = coauthor;
        newWeights[slot++] = sums.get(newToOld[coauthor]!)!;
      }
      return index + 1;
    }
    if (sums.has(old)) {
      placeSurvivor(index, old);
      return index + 1;
    }
    // A run of rows the merge leaves as they were, but for the numbers in them: their weights are copied in one go.
    let to = index + 1;
    const start = offsets[old]!;
    while (to < newCount && newToOld[to] === newToOld[to - 1]! + 1 && !sums.has(newToOld[to]!) && offsets[newToOld[to]!]! - start < ENTRIES_PER_STEP) to++;
    const end = offsets[old + to - index]!;
    renumberInto(neighbours.subarray(start, end), renumbering, newNeighbours.subarray(newOffsets[index]!));
    newWeights.set(weights.subarray(start, end), newOffsets[index]);
    return to;
  }

  /** Copies the row of `old`, a coauthor of the merged authors, into new row `index`: the merged person in their place, once, with the papers shared with all of them. */
  function placeSurvivor(index: number, old: number): void {
    let slot = newOffsets[index]!;
    let pending = sums.get(old)!;
    for (let k = offsets[old]!; k < offsets[old + 1]!; k++) {
      const coauthor = oldToNew[neighbours[k]!]!;
      if (coauthor === survivor) continue;
      if (pending > 0 && coauthor > survivor) {
        newNeighbours[slot] = survivor;
        newWeights[slot++] = pending;
        pending = 0;
      }
      newNeighbours[slot] = coauthor;
      newWeights[slot++] = weights[k]!;
    }
    if (pending > 0) {
      newNeighbours[slot] = survivor;
      newWeights[slot] = pending;
    }
  }
  return { offsets: newOffsets, neighbours: newNeighbours, weights: newWeights, pairCount: size / 2 };
}

/** Shortens row `index` of `offsets` by `by` for each (index, by) of `shorter`, moving the rows after it. */
function shortenRows(offsets: Uint32Array, shorter: readonly (readonly [number, number])[]): void {
  const by = new Map(shorter);
  let less = 0;
  for (let index = 0; index + 1 < offsets.length; index++) {
    less += by.get(index) ?? 0;
    offsets[index + 1]! -= less;
  }
}

/** Weights as wide as `weights`, or wider when `strongest` needs it: the width a build picks for the strongest tie. */
function widthFor(weights: Uint8Array | Uint16Array | Uint32Array, strongest: number, size: number): Uint8Array | Uint16Array | Uint32Array {
  if (weights instanceof Uint8Array && strongest <= 0xff) return new Uint8Array(size);
  if (!(weights instanceof Uint32Array) && strongest <= 0xffff) return new Uint16Array(size);
  return new Uint32Array(size);
}
