import type { CoauthorGraph } from '../graph/store/CoauthorGraph.ts';
import { coauthorAdjacency } from '../graph/store/coauthorAdjacency.ts';
import { longestRow } from '../graph/store/longestRow.ts';
import { inPieces } from '../graph/store/steps/inPieces.ts';
import type { Steps } from '../graph/store/steps/Steps.ts';
import { perSnapshotInSteps } from '../graph/store/steps/perSnapshotInSteps.ts';

/**
 * The largest lists of a snapshot: what the cost estimate charges a field
 * whose work grows with a list it cannot see before execution (the
 * coauthors of an author not yet found).
 */
export interface GraphBounds {
  readonly authors: number;
  readonly papers: number;
  /** The most coauthors any author has. */
  readonly coauthorRow: number;
  /** The most (paper, coauthor) pairs of any author: the sum of the collaboration counts of their coauthors. */
  readonly coauthorships: number;
  /** The most papers any author wrote. */
  readonly papersOfAuthor: number;
  /** The longest byline. */
  readonly authorsOfPaper: number;
}

/**
 * The snapshot's bounds, found once per snapshot in one pass over its
 * authorships (8 ms for 100,000 papers), which a server makes in slices
 * while it loads (`graphBounds.inSteps`) and after a change that may lower
 * the most coauthorships (else see `boundsAfterGrowth`). Every pass is in
 * pieces: on a million papers the longest rows and the most
 * coauthorships, found at once, were a step of 7-15 ms (90 ms cold) that
 * held the reads of a server taking changes.
 *
 * @example graphBounds(graph).coauthorRow // 98 on the seed
 */
export const graphBounds = perSnapshotInSteps(function* (graph: CoauthorGraph): Steps<GraphBounds> {
  // An author's coauthorships: every other author of each of their papers that pairs its authors.
  const pairs = new Float64Array(graph.authorCount);
  // Its pages written in order first, in pieces: fresh memory comes a page
  // at a time as it is first written, and the scattered writes below brought
  // in most of it in their first piece, 16-18 ms of a step on the 1M set.
  yield* inPieces(pairs.length, (from, to) => void pairs.fill(0, from, to));
  yield* inPieces(graph.paperCount, (from, to) => countPairs(graph, pairs, from, to));
  let coauthorships = 0;
  yield* inPieces(pairs.length, (from, to) => (coauthorships = Math.max(coauthorships, largestOf(pairs, from, to))));
  return yield* boundsWith(graph, coauthorships);
});

/** Adds to `pairs` the coauthorships of papers `from .. to - 1` (see `inPieces` for why a plain function). */
function countPairs(graph: CoauthorGraph, pairs: Float64Array, from: number, to: number): void {
  const { paperAuthorOffsets, paperAuthors } = graph.parts;
  for (let paper = from; paper < to; paper++) {
    if (!graph.pairsAuthorsOf(paper)) continue;
    const [start, end] = [paperAuthorOffsets[paper]!, paperAuthorOffsets[paper + 1]!];
    for (let k = start; k < end; k++) pairs[paperAuthors[k]!] = pairs[paperAuthors[k]!]! + end - start - 1;
  }
}

/** The largest of `values[from .. to - 1]`, or 0. */
function largestOf(values: Float64Array, from: number, to: number): number {
  let largest = 0;
  for (let k = from; k < to; k++) largest = Math.max(largest, values[k]!);
  return largest;
}

/**
 * The bounds of `graph`, made by a change that takes no paper from anyone
 * from a graph whose bounds were `previous`: papers added, or authors merged
 * into one. Every author but those of `grown` (indices in `graph`) has the
 * papers, so the coauthorships, they had, and those of `grown` only gained,
 * so the most coauthorships is the larger of `previous`'s and theirs, read
 * from their rows alone rather than from every authorship (the pass that
 * took a change on the 1M set 90 ms), in pieces: a thousand added papers
 * may name a thousand prolific authors. A removal, an update or a split may
 * lower it, and is measured anew (`graphBounds.inSteps`); the other bounds
 * are read off the new graph's offsets either way.
 *
 * @example graphBounds.remember(next, yield* boundsAfterGrowth(next, graphBounds(graph), [next.authorById(person.id)!.index]));
 */
export function* boundsAfterGrowth(graph: CoauthorGraph, previous: GraphBounds, grown: readonly number[]): Steps<GraphBounds> {
  const authors = [...new Set(grown)];
  let coauthorships = previous.coauthorships;
  yield* inPieces(authors.length, (from, to) => {
    for (let k = from; k < to; k++) coauthorships = Math.max(coauthorships, coauthorshipsOf(graph, authors[k]!));
  });
  return yield* boundsWith(graph, coauthorships);
}

/** The (paper, coauthor) pairs of `author` in `graph`: every other author of each of their papers that pairs its authors. */
function coauthorshipsOf(graph: CoauthorGraph, author: number): number {
  const { authorPaperOffsets, authorPapers, paperAuthorOffsets } = graph.parts;
  let pairs = 0;
  for (let k = authorPaperOffsets[author]!; k < authorPaperOffsets[author + 1]!; k++) {
    const paper = authorPapers[k]!;
    if (graph.pairsAuthorsOf(paper)) pairs += paperAuthorOffsets[paper + 1]! - paperAuthorOffsets[paper]! - 1;
  }
  return pairs;
}

/** The bounds of `graph` with `coauthorships` its most coauthorships: the longest rows read off its offsets. */
function* boundsWith(graph: CoauthorGraph, coauthorships: number): Steps<GraphBounds> {
  return {
    authors: graph.authorCount,
    papers: graph.paperCount,
    coauthorRow: yield* longestRow(coauthorAdjacency(graph).offsets),
    coauthorships,
    papersOfAuthor: yield* longestRow(graph.parts.authorPaperOffsets),
    authorsOfPaper: yield* longestRow(graph.parts.paperAuthorOffsets),
  };
}
