import type { CoauthorAdjacency } from '../coauthorAdjacency.ts';
import type { Steps } from '../steps/Steps.ts';
import { NO_OLD_AUTHOR, type Renumbering } from './Renumbering.ts';

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
export function* mergeAdjacency({ offsets, neighbours, weights }: CoauthorAdjacency, { oldToNew, newToOld, survivor, merged }: Renumbering): Steps<CoauthorAdjacency> {
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
  const newOffsets = new Uint32Array(newCount + 1);
  for (let index = 0; index < newCount; index++) {
    const old = newToOld[index]!;
    const length = old === NO_OLD_AUTHOR ? survivorRow.length : offsets[old + 1]! - offsets[old]! - (mergedIn.get(old) ?? 1) + 1;
    newOffsets[index + 1] = newOffsets[index]! + length;
  }
  const size = newOffsets[newCount]!;
  const strongest = Math.max(0, ...sums.values());
  const newNeighbours = new Uint32Array(size);
  const newWeights = widthFor(weights, strongest, size);
  yield;
  let copied = 0;
  for (let index = 0; index < newCount; index++) {
    const old = newToOld[index]!;
    let slot = newOffsets[index]!;
    if (old === NO_OLD_AUTHOR) {
      for (const coauthor of survivorRow) {
        newNeighbours[slot] = coauthor;
        newWeights[slot++] = sums.get(newToOld[coauthor]!)!;
      }
      continue;
    }
    // The merged person enters this row in their place, with the papers shared with all merged authors.
    let pending = sums.has(old) ? sums.get(old)! : 0;
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
    if ((copied += offsets[old + 1]! - offsets[old]! + 1) >= ENTRIES_PER_STEP) {
      copied = 0;
      yield;
    }
  }
  return { offsets: newOffsets, neighbours: newNeighbours, weights: newWeights, pairCount: size / 2 };
}

/** Weights as wide as `weights`, or wider when `strongest` needs it: the width a build picks for the strongest tie. */
function widthFor(weights: Uint8Array | Uint16Array | Uint32Array, strongest: number, size: number): Uint8Array | Uint16Array | Uint32Array {
  if (weights instanceof Uint8Array && strongest <= 0xff) return new Uint8Array(size);
  if (!(weights instanceof Uint32Array) && strongest <= 0xffff) return new Uint16Array(size);
  return new Uint32Array(size);
}
