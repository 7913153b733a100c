import type { Author } from './Author.ts';
import type { CoauthorGraph } from './CoauthorGraph.ts';
import { perSnapshotInSteps } from './steps/perSnapshotInSteps.ts';
import type { Steps } from './steps/Steps.ts';

/** Marks a collaboration none of whose shared papers is dated. */
export const NO_YEAR = -0x80000000;

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
  /** How many papers the two share. */
  readonly weights: Uint32Array;
  /** Year range of the shared papers; `NO_YEAR` when none is dated. */
  readonly firstYears: Int32Array;
  readonly lastYears: Int32Array;
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
 * bounded. A snapshot read from a file brings it ready-made.
 *
 * @example
 * const { offsets, neighbours } = coauthorAdjacency(graph);
 * const degree = offsets[a + 1]! - offsets[a]!;
 */
export const coauthorAdjacency = perSnapshotInSteps(function* (graph): Steps<CoauthorAdjacency> {
  return graph.parts.coauthors ?? (yield* buildAdjacency(graph));
});

function* buildAdjacency(graph: CoauthorGraph): Steps<CoauthorAdjacency> {
  const { parts } = graph;
  const authorCount = parts.authors.length;
  const paperYears = Int32Array.from(parts.papers, (paper) => paper.year ?? NO_YEAR);
  // slot[b] is where coauthor b sits in the row being built, or -1.
  const slot = new Int32Array(authorCount).fill(-1);

  // Pass 1: row lengths, so the rows can be laid out end to end.
  const offsets = new Uint32Array(authorCount + 1);
  for (let a = 0; a < authorCount; a++) {
    if (a % 1024 === 0) yield;
    let distinct = 0;
    forEachCoauthorship(graph, a, (b) => {
      if (slot[b] !== a) {
        slot[b] = a;
        distinct++;
      }
    });
    offsets[a + 1] = offsets[a]! + distinct;
  }

  // Pass 2: each row's coauthors, sorted; then their weights and years.
  const size = offsets[authorCount]!;
  const neighbours = new Uint32Array(size);
  const weights = new Uint32Array(size);
  const firstYears = new Int32Array(size).fill(NO_YEAR);
  const lastYears = new Int32Array(size).fill(NO_YEAR);
  const strongestFirst = new Uint32Array(size);
  slot.fill(-1);
  for (let a = 0; a < authorCount; a++) {
    if (a % 256 === 0) yield;
    const start = offsets[a]!;
    let end = start;
    forEachCoauthorship(graph, a, (b) => {
      if (slot[b] === -1) {
        slot[b] = 0;
        neighbours[end++] = b;
      }
    });
    const row = neighbours.subarray(start, end).sort();
    row.forEach((b, k) => (slot[b] = start + k));
    forEachCoauthorship(graph, a, (b, paper) => {
      const k = slot[b]!;
      weights[k]!++;
      const year = paperYears[paper]!;
      if (year === NO_YEAR) return;
      if (firstYears[k] === NO_YEAR || year < firstYears[k]!) firstYears[k] = year;
      if (lastYears[k] === NO_YEAR || year > lastYears[k]!) lastYears[k] = year;
    });
    for (const b of row) slot[b] = -1;
    const ranked = strongestFirst.subarray(start, end);
    for (let k = start; k < end; k++) ranked[k - start] = k;
    // Slots within a row follow name order, so the slot breaks ties by name.
    ranked.sort((x, y) => weights[y]! - weights[x]! || x - y);
  }
  return { offsets, neighbours, weights, firstYears, lastYears, strongestFirst, pairCount: size / 2 };
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
    const k = indexInRow(row, b);
    if (latest[k] === NOT_SEEN) latest[k] = paper;
  });
  return latest;
}

const NOT_SEEN = 0xffffffff;

/** Where coauthor `b` sits in a row sorted by author index. */
function indexInRow(row: Uint32Array, b: number): number {
  let low = 0;
  let high = row.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (row[middle]! < b) low = middle + 1;
    else high = middle;
  }
  return low;
}
