import type { Author } from './Author.ts';
import type { CoauthorGraph } from './CoauthorGraph.ts';
import { lowerBound } from './lowerBound.ts';
import { sharedArray } from './sharedArray.ts';
import { perSnapshotInSteps } from './steps/perSnapshotInSteps.ts';
import type { Steps } from './steps/Steps.ts';

/**
 * The author–author graph with each pair once per direction, in compressed
 * sparse rows: the coauthors of author `a` are
 * `neighbours[offsets[a] .. offsets[a + 1])`, in ascending index (that is,
 * name) order, and the same slots of `weights` count the papers each pair
 * shares. Nothing else is kept per pair (at a million papers each byte an
 * entry costs 66 MB): the order of a row by strength (`strongestFirst`) and
 * the years of a collaboration are computed when a request asks for them.
 */
export interface CoauthorAdjacency {
  readonly offsets: Uint32Array;
  readonly neighbours: Uint32Array;
  /**
   * How many papers the two share: 8 bits when no pair shares more than
   * 255 papers, else 16 when none shares more than 65,535, else 32.
   */
  readonly weights: Uint8Array | Uint16Array | Uint32Array;
  /** Distinct pairs of coauthors: half the number of entries. */
  readonly pairCount: number;
}

/**
 * The unique coauthor adjacency of a snapshot, built on first use and kept
 * for the snapshot's lifetime. Building it costs the sum over papers of the
 * squared author count, so a server may build it once at load time, in
 * slices (`coauthorAdjacency.inSteps`). Papers with more than
 * `graph.maxAuthorsPerPaper` authors pair no one, which keeps that sum
 * bounded. A snapshot read from a file brings it ready-made.
 *
 * @example
 * const { offsets, neighbours } = coauthorAdjacency(graph);
 * const degree = offsets[a + 1]! - offsets[a]!;
 */
export const coauthorAdjacency = perSnapshotInSteps(function* (graph): Steps<CoauthorAdjacency> {
  return graph.parts.coauthors ?? (yield* buildAdjacency(adjacencySourceOf(graph)));
});

/**
 * What the adjacency is built from: the author ↔ paper rows of a graph
 * (see `GraphParts`), typed arrays only, so that a worker thread can be
 * handed them (`adjacencyJobInWorker`), and the longest byline that pairs
 * its authors.
 */
export interface AdjacencySource {
  readonly authorPaperOffsets: Uint32Array;
  readonly authorPapers: Uint32Array;
  readonly paperAuthorOffsets: Uint32Array;
  readonly paperAuthors: Uint32Array;
  readonly maxAuthorsPerPaper: number;
}

/**
 * The arrays of `graph` its adjacency is built from.
 *
 * @example const adjacency = await adjacencyJobInWorker({ kind: 'build', source: adjacencySourceOf(graph) }).built;
 */
export function adjacencySourceOf(graph: CoauthorGraph): AdjacencySource {
  const { authorPaperOffsets, authorPapers, paperAuthorOffsets, paperAuthors } = graph.parts;
  return { authorPaperOffsets, authorPapers, paperAuthorOffsets, paperAuthors, maxAuthorsPerPaper: graph.maxAuthorsPerPaper };
}

// Coauthorships (author, byline member, paper) walked between two pauses: a few milliseconds.
const SLICE_VISITS = 1 << 18;

/** What pass 1 finds: each row's end, and the width the weights need. */
interface RowShapes {
  readonly offsets: Uint32Array;
  /** The most papers any two authors share; 1 when no two share any, so an empty graph needs no special case. */
  strongestTie: number;
}

/**
 * The adjacency of `source`, as steps (see `Steps`). The steps only cut the
 * work into slices; plain functions build the rows, with loops over the
 * arrays rather than a callback per coauthorship (hundreds of millions of
 * them on a million papers).
 *
 * @example const adjacency = runAtOnce(buildAdjacency(adjacencySourceOf(graph)));
 */
export function* buildAdjacency(source: AdjacencySource): Steps<CoauthorAdjacency> {
  const authorCount = source.authorPaperOffsets.length - 1;

  // Pass 1: row lengths, so the rows can be laid out end to end, and the strongest tie, for the weights' width.
  // The adjacency's arrays in shared memory, so that a later change reads them on a worker thread (see `patchAdjacencyBeside`).
  const shapes: RowShapes = { offsets: sharedArray(Uint32Array, authorCount + 1), strongestTie: 1 };
  // By author: the row that last counted them (plus one), and how often it did, side by side in memory.
  const seen = new Uint32Array(2 * authorCount);
  for (let a = 0; a < authorCount; ) {
    a = countRows(source, a, seen, shapes);
    yield;
  }

  // Pass 2: the rows, sorted, with their weights.
  const { offsets, strongestTie } = shapes;
  const size = offsets[authorCount]!;
  // Each array zero-filled in a step of its own: a quarter of a GB takes a while.
  const neighbours = sharedArray(Uint32Array, size);
  yield;
  const weights = strongestTie <= 0xff ? sharedArray(Uint8Array, size) : strongestTie <= 0xffff ? sharedArray(Uint16Array, size) : sharedArray(Uint32Array, size);
  yield;
  const adjacency: CoauthorAdjacency = { offsets, neighbours, weights, pairCount: size / 2 };
  // By coauthor: 0 while not (yet) in the row being built, else the papers shared so far.
  const weightOf = new Uint32Array(authorCount);
  for (let a = 0; a < authorCount; ) {
    a = fillRows(source, a, weightOf, adjacency);
    yield;
  }
  return adjacency;
}

/**
 * Counts the distinct coauthors of authors `from`, `from + 1`, … into
 * `shapes.offsets` (as the end of each one's row), and the papers each pair
 * shares into `shapes.strongestTie`, until a slice's work is done; returns
 * the next author to count. `seen[2b] === a + 1` once b is counted in row a,
 * and `seen[2b + 1]` is then the papers a and b share so far; a counts as
 * seen in its own row.
 */
function countRows(source: AdjacencySource, from: number, seen: Uint32Array, shapes: RowShapes): number {
  const { authorPaperOffsets, authorPapers, paperAuthorOffsets, paperAuthors, maxAuthorsPerPaper } = source;
  const authorCount = authorPaperOffsets.length - 1;
  const { offsets } = shapes;
  let { strongestTie } = shapes;
  let a = from;
  for (let visits = 0; a < authorCount && visits < SLICE_VISITS; a++) {
    seen[2 * a] = a + 1;
    let distinct = 0;
    for (let k = authorPaperOffsets[a]!; k < authorPaperOffsets[a + 1]!; k++) {
      const paper = authorPapers[k]!;
      const to = paperAuthorOffsets[paper + 1]!;
      // A byline too long to pair its authors (see `CoauthorGraph.pairsAuthorsOf`).
      if (to - paperAuthorOffsets[paper]! > maxAuthorsPerPaper) continue;
      visits += to - paperAuthorOffsets[paper]!;
      for (let m = paperAuthorOffsets[paper]!; m < to; m++) {
        const b = paperAuthors[m]!;
        if (seen[2 * b] !== a + 1) {
          seen[2 * b] = a + 1;
          seen[2 * b + 1] = 1;
          distinct++;
        } else {
          const shared = ++seen[2 * b + 1]!;
          if (shared > strongestTie && b !== a) strongestTie = shared;
        }
      }
    }
    offsets[a + 1] = offsets[a]! + distinct;
  }
  shapes.strongestTie = strongestTie;
  return a;
}

/**
 * Builds the rows of authors `from`, `from + 1`, … into the slots
 * `offsets` gives them until a slice's work is done; returns the next
 * author to build. `weightOf` is zero between rows and is left so.
 */
function fillRows(source: AdjacencySource, from: number, weightOf: Uint32Array, adjacency: CoauthorAdjacency): number {
  const { authorPaperOffsets, authorPapers, paperAuthorOffsets, paperAuthors, maxAuthorsPerPaper } = source;
  const authorCount = authorPaperOffsets.length - 1;
  const { offsets, neighbours, weights } = adjacency;
  let a = from;
  for (let visits = 0; a < authorCount && visits < SLICE_VISITS; a++) {
    const start = offsets[a]!;
    let end = start;
    // Marked as in the row already, so a never enters it; cleared below.
    weightOf[a] = 1;
    for (let k = authorPaperOffsets[a]!; k < authorPaperOffsets[a + 1]!; k++) {
      const paper = authorPapers[k]!;
      const to = paperAuthorOffsets[paper + 1]!;
      // A byline too long to pair its authors (see `CoauthorGraph.pairsAuthorsOf`).
      if (to - paperAuthorOffsets[paper]! > maxAuthorsPerPaper) continue;
      visits += to - paperAuthorOffsets[paper]!;
      for (let m = paperAuthorOffsets[paper]!; m < to; m++) {
        const b = paperAuthors[m]!;
        if (weightOf[b]!++ === 0) neighbours[end++] = b;
      }
    }
    weightOf[a] = 0;
    neighbours.subarray(start, end).sort();
    for (let k = start; k < end; k++) {
      const b = neighbours[k]!;
      weights[k] = weightOf[b]!;
      weightOf[b] = 0;
    }
  }
  return a;
}

/**
 * The places `0 .. degree − 1` of author `a`'s row (slot − `offsets[a]`),
 * closest collaborators first: most shared papers, then by place, which is
 * name order. A counting sort by weight, stable, so no comparator runs per
 * comparison: it costs the row's length plus its strongest tie, which is at
 * most the author's paper count. The places fit 16 bits in a row of up to
 * 65,536 coauthors.
 *
 * @example
 * const places = strongestFirst(adjacency, perez.index);
 * const closest = adjacency.neighbours[adjacency.offsets[perez.index]! + places[0]!]; // Ethan Perez's most frequent coauthor
 */
export function strongestFirst({ offsets, weights }: CoauthorAdjacency, a: number): Uint16Array | Uint32Array {
  const start = offsets[a]!;
  const end = offsets[a + 1]!;
  const ranked = end - start <= 0x10000 ? new Uint16Array(end - start) : new Uint32Array(end - start);
  let strongest = 0;
  for (let k = start; k < end; k++) strongest = Math.max(strongest, weights[k]!);
  // By weight: how many slots have it, then the first place of its slots, the strongest first.
  const counts = new Uint32Array(strongest + 1);
  for (let k = start; k < end; k++) counts[weights[k]!]!++;
  for (let weight = strongest, at = 0; weight > 0; weight--) {
    const count = counts[weight]!;
    counts[weight] = at;
    at += count;
  }
  for (let k = start; k < end; k++) ranked[counts[weights[k]!]!++] = k - start;
  return ranked;
}

/** Calls `visit` once per (coauthor, shared paper) of author `a`, leaving out bylines too large to pair. */
function forEachCoauthorship(graph: CoauthorGraph, a: number, visit: (b: number, paper: number) => void): void {
  const { authorPaperOffsets, authorPapers, paperAuthorOffsets, paperAuthors } = graph.parts;
  for (let k = authorPaperOffsets[a]!; k < authorPaperOffsets[a + 1]!; k++) {
    const paper = authorPapers[k]!;
    if (!graph.pairsAuthorsOf(paper)) continue;
    for (let m = paperAuthorOffsets[paper]!; m < paperAuthorOffsets[paper + 1]!; m++) {
      const b = paperAuthors[m]!;
      if (b !== a) visit(b, paper);
    }
  }
}

/**
 * How many different people `author` shares a paper with: one subtraction
 * on the snapshot's adjacency.
 *
 * @example coauthorCount(graph, perez) // 98 on the seed
 */
export function coauthorCount(graph: CoauthorGraph, author: Author): number {
  const { offsets } = coauthorAdjacency(graph);
  return offsets[author.index + 1]! - offsets[author.index]!;
}

/**
 * For each coauthor of `author`, in the order of their row, the index of
 * the newest paper the two share (paper indices run newest first): found by
 * walking the author's papers newest first, so it costs their bylines, per
 * call. Only the RECENT order of coauthors needs it, and rarely enough not
 * to keep four bytes per pair for it.
 *
 * @example latestSharedPapers(graph, perez)[0] // the newest paper Ethan Perez shares with his first coauthor by name
 */
export function latestSharedPapers(graph: CoauthorGraph, author: Author): Uint32Array {
  const { offsets, neighbours } = coauthorAdjacency(graph);
  const row = neighbours.subarray(offsets[author.index], offsets[author.index + 1]);
  const latest = new Uint32Array(row.length).fill(NOT_SEEN);
  forEachCoauthorship(graph, author.index, (b, paper) => {
    // Where coauthor b sits in the row, which ascends by author index.
    const k = lowerBound(row.length, (slot) => row[slot]!, b);
    if (latest[k] === NOT_SEEN) latest[k] = paper;
  });
  return latest;
}

const NOT_SEEN = 0xffffffff;

