import { longestRow } from './longestRow.ts';
import { inPieces } from './steps/inPieces.ts';
import { perSnapshotInSteps } from './steps/perSnapshotInSteps.ts';
import type { Steps } from './steps/Steps.ts';

/**
 * Every author (their indices), most papers first, then in name order: sorted once per
 * snapshot rather than on every `authors(orderBy: PAPER_COUNT)` page, and
 * by a server in slices while it loads (`authorsByPaperCount.inSteps`), as
 * half a million authors take longer to sort than the event loop may wait.
 *
 * @example graph.author(authorsByPaperCount(graph)[0]!).name // the most prolific author
 */
export const authorsByPaperCount = perSnapshotInSteps(function* (graph): Steps<Uint32Array> {
  // A counting sort: paper counts are small integers. Dense indices follow
  // name order, so filling each count's slots in index order breaks ties by name.
  const { authorCount } = graph;
  const { authorPaperOffsets } = graph.parts;
  const most = yield* longestRow(authorPaperOffsets);
  // slots[c] = where the next author with c papers goes; the largest count first.
  const slots = new Uint32Array(most + 2);
  yield* inPieces(authorCount, (from, to) => countPapers(authorPaperOffsets, most, slots, from, to));
  for (let c = 1; c < slots.length; c++) slots[c]! += slots[c - 1]!;
  const sorted = new Uint32Array(authorCount);
  yield* inPieces(authorCount, (from, to) => placeAuthors(authorPaperOffsets, most, slots, sorted, from, to));
  return sorted;
});

// The passes, each a plain function over authors `from .. to - 1` (see `inPieces` for why).

/** Counts the authors by papers, the most first: slot `most - papers + 1`. */
function countPapers(offsets: Uint32Array, most: number, slots: Uint32Array, from: number, to: number): void {
  for (let a = from; a < to; a++) slots[most - (offsets[a + 1]! - offsets[a]!) + 1]!++;
}

/** Writes each author into the next slot of their paper count. */
function placeAuthors(offsets: Uint32Array, most: number, slots: Uint32Array, sorted: Uint32Array, from: number, to: number): void {
  for (let a = from; a < to; a++) sorted[slots[most - (offsets[a + 1]! - offsets[a]!)]!++] = a;
}
