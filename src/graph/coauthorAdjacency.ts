import type { Author } from './Author.ts';
import type { CoauthorGraph, GraphParts } from './CoauthorGraph.ts';
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
  /** The newest shared paper's index (paper indices run newest first). */
  readonly latestPapers: Uint32Array;
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
 * slices (`coauthorAdjacency.inSteps`).
 *
 * @example
 * const { offsets, neighbours } = coauthorAdjacency(graph);
 * const degree = offsets[a + 1]! - offsets[a]!;
 */
export const coauthorAdjacency = perSnapshotInSteps((graph) => buildAdjacency(graph.parts));

function* buildAdjacency(parts: GraphParts): Steps<CoauthorAdjacency> {
  const authorCount = parts.authors.length;
  const paperYears = Int32Array.from(parts.papers, (paper) => paper.year ?? NO_YEAR);
  // slot[b] is where coauthor b sits in the row being built, or -1.
  const slot = new Int32Array(authorCount).fill(-1);

  // Pass 1: row lengths, so the rows can be laid out end to end.
  const offsets = new Uint32Array(authorCount + 1);
  for (let a = 0; a < authorCount; a++) {
    if (a % 1024 === 0) yield;
    let distinct = 0;
    forEachCoauthorship(parts, a, (b) => {
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
  const latestPapers = new Uint32Array(size);
  const strongestFirst = new Uint32Array(size);
  slot.fill(-1);
  for (let a = 0; a < authorCount; a++) {
    if (a % 256 === 0) yield;
    const start = offsets[a]!;
    let end = start;
    forEachCoauthorship(parts, a, (b) => {
      if (slot[b] === -1) {
        slot[b] = 0;
        neighbours[end++] = b;
      }
    });
    const row = neighbours.subarray(start, end).sort();
    row.forEach((b, k) => (slot[b] = start + k));
    forEachCoauthorship(parts, a, (b, paper) => {
      const k = slot[b]!;
      // Papers come newest first, so the first one seen is the latest.
      if (weights[k]!++ === 0) latestPapers[k] = paper;
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
  return { offsets, neighbours, weights, firstYears, lastYears, latestPapers, strongestFirst, pairCount: size / 2 };
}

/** Calls `visit` once per (coauthor, shared paper) of author `a`. */
function forEachCoauthorship(parts: GraphParts, a: number, visit: (b: number, paper: number) => void): void {
  const { authorPaperOffsets, authorPapers, paperAuthorOffsets, paperAuthors } = parts;
  for (let k = authorPaperOffsets[a]!; k < authorPaperOffsets[a + 1]!; k++) {
    const paper = authorPapers[k]!;
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
