import type { Author } from './Author.ts';
import type { CoauthorGraph } from './CoauthorGraph.ts';
import { lowerBound } from './lowerBound.ts';
import type { Paper } from './Paper.ts';
import { perSnapshotInSteps } from './steps/perSnapshotInSteps.ts';
import type { Steps } from './steps/Steps.ts';

/** Marks a collaboration none of whose shared papers is dated: below every year a collaboration can have. */
export const NO_YEAR = -0x8000;

/** The latest year the adjacency's 16-bit years hold; the earliest is its negative. */
const MAX_YEAR = 0x7fff;

/**
 * The author–author graph with each pair once per direction, in compressed
 * sparse rows: the coauthors of author `a` are
 * `neighbours[offsets[a] .. offsets[a + 1])`, in ascending index (that is,
 * name) order, and the same slots of `weights`, `firstYears` and `lastYears`
 * describe each collaboration.
 */
export interface CoauthorAdjacency {
  readonly offsets: Uint32Array;
  readonly neighbours: Uint32Array;
  /**
   * How many papers the two share: 16 bits when no author has 65,536 papers
   * or more (no pair can then share that many), else 32.
   */
  readonly weights: Uint16Array | Uint32Array;
  /** Year range of the shared papers; `NO_YEAR` when none is dated. */
  readonly firstYears: Int16Array;
  readonly lastYears: Int16Array;
  /**
   * Each row's slots again, closest collaborators first: most shared papers,
   * then name order. `coauthors` pages read it directly, so no request sorts.
   */
  readonly strongestFirst: Uint32Array;
  /** Distinct pairs of coauthors: half the number of entries. */
  readonly pairCount: number;
}

/**
 * The unique coauthor adjacency of a snapshot, built on first use and kept
 * for the snapshot's lifetime. Building it costs the sum over papers of the
 * squared author count, so a server may build it once at load time, in
 * slices (`coauthorAdjacency.inSteps`). Papers with more than
 * `graph.maxAuthorsPerPaper` authors pair no one, which keeps that sum
 * bounded. A snapshot read from a file brings it ready-made. A paper dated
 * outside ±`MAX_YEAR` is a `RangeError`.
 *
 * @example
 * const { offsets, neighbours } = coauthorAdjacency(graph);
 * const degree = offsets[a + 1]! - offsets[a]!;
 */
export const coauthorAdjacency = perSnapshotInSteps(function* (graph): Steps<CoauthorAdjacency> {
  return graph.parts.coauthors ?? (yield* buildAdjacency(graph));
});

// Coauthorships (author, byline member, paper) walked between two pauses: a few milliseconds.
const SLICE_VISITS = 1 << 18;

/** The scratch of pass 2: each paper's year, and the row being built, gathered by coauthor. */
interface RowScratch {
  readonly paperYears: Int16Array;
  /** By coauthor: 0 while not (yet) in the row, else the papers shared so far. */
  readonly weightOf: Uint32Array;
  readonly firstYearOf: Int16Array;
  readonly lastYearOf: Int16Array;
  /** Zero between rows; see `rankSlots`. */
  readonly rankCounts: Uint32Array;
}

// The steps only cut the work into slices; plain functions build the rows,
// with loops over the arrays rather than a callback per coauthorship
// (hundreds of millions of them on a million papers).
function* buildAdjacency(graph: CoauthorGraph): Steps<CoauthorAdjacency> {
  const { authors, papers, authorPaperOffsets } = graph.parts;
  const authorCount = authors.length;
  const paperYears = yearsOf(papers);

  // Pass 1: row lengths, so the rows can be laid out end to end.
  const offsets = new Uint32Array(authorCount + 1);
  const seen = new Uint32Array(authorCount);
  for (let a = 0; a < authorCount; ) {
    a = countRows(graph, a, seen, offsets);
    yield;
  }

  // Pass 2: the rows, sorted, with their weights, years and strongest-first order.
  const size = offsets[authorCount]!;
  let mostPapers = 0;
  for (let a = 0; a < authorCount; a++) mostPapers = Math.max(mostPapers, authorPaperOffsets[a + 1]! - authorPaperOffsets[a]!);
  // Each array zero-filled in a step of its own: a quarter of a GB takes a while.
  const neighbours = new Uint32Array(size);
  yield;
  // A pair shares at most as many papers as either of the two has.
  const weights = mostPapers < 0x10000 ? new Uint16Array(size) : new Uint32Array(size);
  yield;
  const firstYears = new Int16Array(size);
  yield;
  const lastYears = new Int16Array(size);
  yield;
  const strongestFirst = new Uint32Array(size);
  yield;
  const adjacency: CoauthorAdjacency = { offsets, neighbours, weights, firstYears, lastYears, strongestFirst, pairCount: size / 2 };
  const scratch: RowScratch = {
    paperYears,
    weightOf: new Uint32Array(authorCount),
    firstYearOf: new Int16Array(authorCount),
    lastYearOf: new Int16Array(authorCount),
    rankCounts: new Uint32Array(mostPapers + 1),
  };
  for (let a = 0; a < authorCount; ) {
    a = fillRows(graph, a, scratch, adjacency);
    yield;
  }
  return adjacency;
}

/**
 * Counts the distinct coauthors of authors `from`, `from + 1`, … into
 * `offsets` (as the end of each one's row) until a slice's work is done;
 * returns the next author to count. `seen[b] === a + 1` once b is counted in
 * row a; a counts as seen in its own row.
 */
function countRows(graph: CoauthorGraph, from: number, seen: Uint32Array, offsets: Uint32Array): number {
  const { authors, authorPaperOffsets, authorPapers, paperAuthorOffsets, paperAuthors } = graph.parts;
  let a = from;
  for (let visits = 0; a < authors.length && visits < SLICE_VISITS; a++) {
    seen[a] = a + 1;
    let distinct = 0;
    for (let k = authorPaperOffsets[a]!; k < authorPaperOffsets[a + 1]!; k++) {
      const paper = authorPapers[k]!;
      if (!graph.pairsAuthorsOf(paper)) continue;
      const to = paperAuthorOffsets[paper + 1]!;
      visits += to - paperAuthorOffsets[paper]!;
      for (let m = paperAuthorOffsets[paper]!; m < to; m++) {
        const b = paperAuthors[m]!;
        if (seen[b] !== a + 1) {
          seen[b] = a + 1;
          distinct++;
        }
      }
    }
    offsets[a + 1] = offsets[a]! + distinct;
  }
  return a;
}

/**
 * Builds the rows of authors `from`, `from + 1`, … into the slots
 * `offsets` gives them until a slice's work is done; returns the next
 * author to build.
 */
function fillRows(graph: CoauthorGraph, from: number, scratch: RowScratch, adjacency: CoauthorAdjacency): number {
  const { authors, authorPaperOffsets, authorPapers, paperAuthorOffsets, paperAuthors } = graph.parts;
  const { paperYears, weightOf, firstYearOf, lastYearOf, rankCounts } = scratch;
  const { offsets, neighbours, weights, firstYears, lastYears, strongestFirst } = adjacency;
  let a = from;
  for (let visits = 0; a < authors.length && visits < SLICE_VISITS; a++) {
    const start = offsets[a]!;
    let end = start;
    // Marked as in the row already, so a never enters it; cleared below.
    weightOf[a] = 1;
    for (let k = authorPaperOffsets[a]!; k < authorPaperOffsets[a + 1]!; k++) {
      const paper = authorPapers[k]!;
      if (!graph.pairsAuthorsOf(paper)) continue;
      const year = paperYears[paper]!;
      const to = paperAuthorOffsets[paper + 1]!;
      visits += to - paperAuthorOffsets[paper]!;
      for (let m = paperAuthorOffsets[paper]!; m < to; m++) {
        const b = paperAuthors[m]!;
        const weight = weightOf[b]!;
        weightOf[b] = weight + 1;
        if (weight === 0) {
          neighbours[end++] = b;
          firstYearOf[b] = year;
          lastYearOf[b] = year;
        } else if (year !== NO_YEAR) {
          if (firstYearOf[b] === NO_YEAR || year < firstYearOf[b]!) firstYearOf[b] = year;
          // NO_YEAR is below every year, so it needs no test of its own here.
          if (year > lastYearOf[b]!) lastYearOf[b] = year;
        }
      }
    }
    weightOf[a] = 0;
    neighbours.subarray(start, end).sort();
    let strongest = 0;
    for (let k = start; k < end; k++) {
      const b = neighbours[k]!;
      const weight = weightOf[b]!;
      weights[k] = weight;
      firstYears[k] = firstYearOf[b]!;
      lastYears[k] = lastYearOf[b]!;
      weightOf[b] = 0;
      strongest = Math.max(strongest, weight);
    }
    rankSlots(weights, start, end, strongest, rankCounts, strongestFirst);
  }
  return a;
}

/**
 * Writes the slots `start .. end` into the same places of `ranked`, most
 * shared papers first, then by slot (which is name order within a row): a
 * counting sort by weight, stable, so no comparator runs per comparison.
 * `counts` is zero from 0 to `strongest` and is left so.
 */
function rankSlots(weights: Uint16Array | Uint32Array, start: number, end: number, strongest: number, counts: Uint32Array, ranked: Uint32Array): void {
  for (let k = start; k < end; k++) counts[weights[k]!]!++;
  // Each weight's first place, the strongest first.
  for (let weight = strongest, at = start; weight > 0; weight--) {
    const count = counts[weight]!;
    counts[weight] = at;
    at += count;
  }
  for (let k = start; k < end; k++) ranked[counts[weights[k]!]!++] = k;
  counts.fill(0, 0, strongest + 1);
}

/** Each paper's year as the adjacency keeps it, `NO_YEAR` for an undated one; a year 16 bits cannot hold is refused. */
function yearsOf(papers: readonly Paper[]): Int16Array {
  const years = new Int16Array(papers.length);
  for (let index = 0; index < papers.length; index++) {
    const paper = papers[index]!;
    const year = paper.year;
    if (year !== null && (year > MAX_YEAR || year < -MAX_YEAR)) {
      throw new RangeError(`paper ${paper.id} has year ${year}: years from ${-MAX_YEAR} to ${MAX_YEAR} can be kept; correct its "year"`);
    }
    years[index] = year ?? NO_YEAR;
  }
  return years;
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

