import type { Author } from './Author.ts';
import type { CoauthorGraph } from './CoauthorGraph.ts';
import { GrowingUint32Array } from './GrowingUint32Array.ts';
import { lowerBound } from './lowerBound.ts';
import { type AllocateShared, sharedArray, sharedArrayWithRoom } from './sharedArray.ts';
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

// Weights widened between two pauses, when a tie is stronger than 8 bits hold.
const SLICE_ENTRIES = 1 << 22;

/** The arrays being filled, row after row, and the strongest tie met so far. */
interface Rows {
  readonly offsets: Uint32Array;
  readonly neighbours: Uint32Array;
  /** Each entry's weight, when it fits 8 bits; a stronger tie is 255 here and listed in `ties`. */
  readonly weights: Uint8Array;
  /** The entries of ties stronger than 255 papers, each an (entry, weight) pair: few or none. */
  readonly ties: GrowingUint32Array;
  /** The most papers any two authors share; 1 when no two share any, so an empty graph needs no special case. */
  strongestTie: number;
}

/**
 * The adjacency of `source`, as steps (see `Steps`), in one walk of every
 * coauthorship, each row written where the last one ended. Its arrays are
 * as long as the rows could be (each author of a byline that pairs its
 * authors meeting the others, as if no two met twice: 1.16 × the entries
 * of the 1M-paper set), in shared memory, which takes pages only as they
 * are written, and are handed back as views of the entries written. The
 * weights are written 8 bits wide, the few ties stronger than that (none at
 * a million generated papers) set aside and the weights widened for them at
 * the end: a load builds the adjacency while it builds the rest of the
 * graph, and weights as wide as the strongest tie could be would take 130
 * MB more at its peak. The steps only cut the work into slices; plain
 * functions build the rows, with loops over the arrays rather than a
 * callback per coauthorship (hundreds of millions of them on a million papers).
 *
 * @example const adjacency = runAtOnce(buildAdjacency(adjacencySourceOf(graph)));
 */
export function* buildAdjacency(source: AdjacencySource): Steps<CoauthorAdjacency> {
  const authorCount = source.authorPaperOffsets.length - 1;
  const most = entryBound(source);
  // In shared memory, so that a later change reads them on a worker thread (see `patchAdjacencyBeside`), with
  // room to grow, so that once a change has replaced them their memory serves a later one's.
  const rows: Rows = {
    offsets: sharedArrayWithRoom(Uint32Array, authorCount + 1),
    neighbours: sharedArrayWithRoom(Uint32Array, most),
    weights: sharedArrayWithRoom(Uint8Array, most),
    ties: new GrowingUint32Array(),
    strongestTie: 1,
  };
  yield;
  // By coauthor: 0 while not (yet) in the row being built, else the papers shared so far.
  const weightOf = new Uint32Array(authorCount);
  for (let a = 0; a < authorCount; ) {
    a = fillRows(source, a, weightOf, rows);
    yield;
  }
  const size = rows.offsets[authorCount]!;
  const narrow = rows.weights.subarray(0, size);
  const adjacency = (weights: CoauthorAdjacency['weights']) => ({ offsets: rows.offsets, neighbours: rows.neighbours.subarray(0, size), weights, pairCount: size / 2 });
  if (rows.strongestTie <= 0xff) return adjacency(narrow);
  const weights = weightsFor(rows.strongestTie, size, sharedArrayWithRoom);
  for (let from = 0; from < size; from += SLICE_ENTRIES) {
    weights.set(narrow.subarray(from, Math.min(size, from + SLICE_ENTRIES)), from);
    yield;
  }
  const ties = rows.ties.values();
  for (let k = 0; k < ties.length; k += 2) weights[ties[k]!] = ties[k + 1]!;
  return adjacency(weights);
}

/** The most entries the rows of `source` can hold: n × (n − 1) for each byline of n authors that pairs them. */
function entryBound({ paperAuthorOffsets, maxAuthorsPerPaper }: AdjacencySource): number {
  let most = 0;
  for (let paper = 0; paper + 1 < paperAuthorOffsets.length; paper++) {
    const authors = paperAuthorOffsets[paper + 1]! - paperAuthorOffsets[paper]!;
    if (authors <= maxAuthorsPerPaper) most += authors * (authors - 1);
  }
  if (most > MAX_ENTRIES) throw new RangeError(`the coauthor adjacency could hold ${most} entries, more than the ${MAX_ENTRIES} its offsets can count: lower the largest byline that pairs its authors`);
  return most;
}

// Offsets are 32 bits.
const MAX_ENTRIES = 0xffffffff;

/**
 * Weights for `size` entries, in shared memory, as wide as a tie of
 * `strongest` papers needs: 8 bits up to 255, 16 up to 65,535, else 32;
 * from `allocate`, `sharedArray` by default.
 *
 * @example weightsFor(256, 10) // a Uint16Array of 10
 */
export function weightsFor(strongest: number, size: number, allocate: AllocateShared = sharedArray): Uint8Array | Uint16Array | Uint32Array {
  if (strongest <= 0xff) return allocate(Uint8Array, size);
  return strongest <= 0xffff ? allocate(Uint16Array, size) : allocate(Uint32Array, size);
}

/**
 * Builds the rows of authors `from`, `from + 1`, … each where the last one
 * ended, until a slice's work is done; returns the next author to build.
 * `weightOf` is zero between rows and is left so.
 */
function fillRows(source: AdjacencySource, from: number, weightOf: Uint32Array, rows: Rows): number {
  const { authorPaperOffsets, authorPapers, paperAuthorOffsets, paperAuthors, maxAuthorsPerPaper } = source;
  const authorCount = authorPaperOffsets.length - 1;
  const { offsets, neighbours, weights, ties } = rows;
  let { strongestTie } = rows;
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
      const shared = weightOf[neighbours[k]!]!;
      weights[k] = Math.min(shared, 0xff);
      if (shared > strongestTie) strongestTie = shared;
      if (shared > 0xff) {
        ties.push(k);
        ties.push(shared);
      }
      weightOf[neighbours[k]!] = 0;
    }
    offsets[a + 1] = end;
  }
  rows.strongestTie = strongestTie;
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

