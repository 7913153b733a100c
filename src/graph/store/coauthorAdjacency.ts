import type { Author } from './Author.ts';
import type { CoauthorGraph } from './CoauthorGraph.ts';
import { lowerBound } from './lowerBound.ts';
import type { Paper } from './Paper.ts';
import { perSnapshotInSteps } from './steps/perSnapshotInSteps.ts';
import type { Steps } from './steps/Steps.ts';

/** Marks a collaboration none of whose shared papers is dated: below every year a collaboration can have. */
export const NO_YEAR = -0x8000;

/** The latest year the adjacency holds; the earliest is its negative. */
const MAX_YEAR = 0x7fff;

/** The most dated years 8-bit year codes hold: codes 1 to 255, 0 meaning no dated shared paper. */
const BYTE_YEARS = 0xff;

/**
 * The author–author graph with each pair once per direction, in compressed
 * sparse rows: the coauthors of author `a` are
 * `neighbours[offsets[a] .. offsets[a + 1])`, in ascending index (that is,
 * name) order, and the same slots of `weights`, `firstYears` and `lastYears`
 * describe each collaboration. Each array is as narrow as the graph allows,
 * one width per graph, chosen when it is built.
 */
export interface CoauthorAdjacency {
  readonly offsets: Uint32Array;
  readonly neighbours: Uint32Array;
  /**
   * How many papers the two share: 8 bits when no pair shares more than
   * 255 papers, else 16 when none shares more than 65,535, else 32.
   */
  readonly weights: Uint8Array | Uint16Array | Uint32Array;
  /**
   * Year range of the shared papers, as codes `yearOf` reads: 8 bits, the
   * year less `yearBase`, when the graph's dated years lie within 255
   * years; else 16 bits, the year itself. `noYearCode` when none is dated.
   */
  readonly firstYears: Uint8Array | Int16Array;
  readonly lastYears: Uint8Array | Int16Array;
  /** What a year code adds to: a year before the graph's earliest for 8-bit codes, 0 for 16-bit ones. */
  readonly yearBase: number;
  /** The code of "no dated shared paper", below every other: 0 for 8-bit codes, `NO_YEAR` for 16-bit ones. */
  readonly noYearCode: number;
  /**
   * Each row's slots again, closest collaborators first (most shared
   * papers, then name order), as places in the row (slot − `offsets[a]`):
   * 16 bits when no row is longer than 65,536 slots, else 32. `coauthors`
   * pages read it directly, so no request sorts.
   */
  readonly strongestFirst: Uint16Array | Uint32Array;
  /** Distinct pairs of coauthors: half the number of entries. */
  readonly pairCount: number;
}

/**
 * The year a code of `firstYears` or `lastYears` stands for, `NO_YEAR` when
 * none of the pair's shared papers is dated. Small enough to be inlined
 * where edges are read by the thousand.
 *
 * @example yearOf(adjacency, adjacency.firstYears[slot]!) // 2019
 */
export function yearOf(adjacency: CoauthorAdjacency, code: number): number {
  return code === adjacency.noYearCode ? NO_YEAR : code + adjacency.yearBase;
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

/** Each paper's year as a code of the adjacency (see `CoauthorAdjacency`), and how to read it. */
interface PaperYears {
  readonly codes: Uint8Array | Int16Array;
  readonly yearBase: number;
  readonly noYearCode: number;
}

/** What pass 1 finds: each row's end, and the widths the rows need. */
interface RowShapes {
  readonly offsets: Uint32Array;
  /** The most papers any two authors share; 1 when no two share any, so an empty graph needs no special case. */
  strongestTie: number;
  longestRow: number;
}

/** The scratch of pass 2: each paper's year code, and the row being built, gathered by coauthor. */
interface RowScratch {
  readonly paperYears: Uint8Array | Int16Array;
  readonly noYearCode: number;
  /** By coauthor: 0 while not (yet) in the row, else the papers shared so far. */
  readonly weightOf: Uint32Array;
  readonly firstYearOf: Uint8Array | Int16Array;
  readonly lastYearOf: Uint8Array | Int16Array;
  /** Zero between rows; see `rankSlots`. */
  readonly rankCounts: Uint32Array;
}

// The steps only cut the work into slices; plain functions build the rows,
// with loops over the arrays rather than a callback per coauthorship
// (hundreds of millions of them on a million papers).
function* buildAdjacency(graph: CoauthorGraph): Steps<CoauthorAdjacency> {
  const authorCount = graph.authors.length;
  const years = yearsOf(graph.papers);

  // Pass 1: row lengths, so the rows can be laid out end to end, and the strongest tie, for the weights' width.
  const shapes: RowShapes = { offsets: new Uint32Array(authorCount + 1), strongestTie: 1, longestRow: 0 };
  // By author: the row that last counted them (plus one), and how often it did, side by side in memory.
  const seen = new Uint32Array(2 * authorCount);
  for (let a = 0; a < authorCount; ) {
    a = countRows(graph, a, seen, shapes);
    yield;
  }

  // Pass 2: the rows, sorted, with their weights, years and strongest-first order.
  const { offsets, strongestTie, longestRow } = shapes;
  const size = offsets[authorCount]!;
  // Each array zero-filled in a step of its own: a quarter of a GB takes a while.
  const neighbours = new Uint32Array(size);
  yield;
  const weights = strongestTie <= 0xff ? new Uint8Array(size) : strongestTie <= 0xffff ? new Uint16Array(size) : new Uint32Array(size);
  yield;
  const yearArray = () => (years.codes instanceof Uint8Array ? new Uint8Array(size) : new Int16Array(size));
  const firstYears = yearArray();
  yield;
  const lastYears = yearArray();
  yield;
  const strongestFirst = longestRow <= 0x10000 ? new Uint16Array(size) : new Uint32Array(size);
  yield;
  const { yearBase, noYearCode } = years;
  const adjacency: CoauthorAdjacency = { offsets, neighbours, weights, firstYears, lastYears, yearBase, noYearCode, strongestFirst, pairCount: size / 2 };
  const codesByAuthor = () => (years.codes instanceof Uint8Array ? new Uint8Array(authorCount) : new Int16Array(authorCount));
  const scratch: RowScratch = {
    paperYears: years.codes,
    noYearCode,
    weightOf: new Uint32Array(authorCount),
    firstYearOf: codesByAuthor(),
    lastYearOf: codesByAuthor(),
    rankCounts: new Uint32Array(strongestTie + 1),
  };
  for (let a = 0; a < authorCount; ) {
    a = fillRows(graph, a, scratch, adjacency);
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
function countRows(graph: CoauthorGraph, from: number, seen: Uint32Array, shapes: RowShapes): number {
  const { authors, authorPaperOffsets, authorPapers, paperAuthorOffsets, paperAuthors } = graph.parts;
  const { offsets } = shapes;
  let { strongestTie, longestRow } = shapes;
  let a = from;
  for (let visits = 0; a < authors.length && visits < SLICE_VISITS; a++) {
    seen[2 * a] = a + 1;
    let distinct = 0;
    for (let k = authorPaperOffsets[a]!; k < authorPaperOffsets[a + 1]!; k++) {
      const paper = authorPapers[k]!;
      if (!graph.pairsAuthorsOf(paper)) continue;
      const to = paperAuthorOffsets[paper + 1]!;
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
    longestRow = Math.max(longestRow, distinct);
  }
  shapes.strongestTie = strongestTie;
  shapes.longestRow = longestRow;
  return a;
}

/**
 * Builds the rows of authors `from`, `from + 1`, … into the slots
 * `offsets` gives them until a slice's work is done; returns the next
 * author to build.
 */
function fillRows(graph: CoauthorGraph, from: number, scratch: RowScratch, adjacency: CoauthorAdjacency): number {
  const { authors, authorPaperOffsets, authorPapers, paperAuthorOffsets, paperAuthors } = graph.parts;
  const { paperYears, noYearCode, weightOf, firstYearOf, lastYearOf, rankCounts } = scratch;
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
        } else if (year !== noYearCode) {
          if (firstYearOf[b] === noYearCode || year < firstYearOf[b]!) firstYearOf[b] = year;
          // The no-year code is below every year, so it needs no test of its own here.
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
 * Writes the places `0 .. end − start` of the row in slots `start .. end`
 * into the same slots of `ranked`, most shared papers first, then by place
 * (which is name order): a counting sort by weight, stable, so no comparator
 * runs per comparison. `counts` is zero from 0 to `strongest` and is left so.
 */
function rankSlots(weights: Uint8Array | Uint16Array | Uint32Array, start: number, end: number, strongest: number, counts: Uint32Array, ranked: Uint16Array | Uint32Array): void {
  for (let k = start; k < end; k++) counts[weights[k]!]!++;
  // Each weight's first slot, the strongest first.
  for (let weight = strongest, at = start; weight > 0; weight--) {
    const count = counts[weight]!;
    counts[weight] = at;
    at += count;
  }
  for (let k = start; k < end; k++) ranked[counts[weights[k]!]!++] = k - start;
  counts.fill(0, 0, strongest + 1);
}

/**
 * Each paper's year as a code of the adjacency: 8 bits from the year before
 * the earliest when the dated years lie within 255 years, else the
 * year itself in 16 bits; a year 16 bits cannot hold is refused.
 */
function yearsOf(papers: readonly Paper[]): PaperYears {
  let earliest = Infinity;
  let latest = -Infinity;
  for (const paper of papers) {
    const year = paper.year;
    if (year === null) continue;
    if (year > MAX_YEAR || year < -MAX_YEAR) {
      throw new RangeError(`paper ${paper.id} has year ${year}: years from ${-MAX_YEAR} to ${MAX_YEAR} can be kept; correct its "year"`);
    }
    earliest = Math.min(earliest, year);
    latest = Math.max(latest, year);
  }
  if (earliest > latest || latest - earliest < BYTE_YEARS) {
    const yearBase = earliest > latest ? 0 : earliest - 1;
    return { codes: Uint8Array.from(papers, ({ year }) => (year === null ? 0 : year - yearBase)), yearBase, noYearCode: 0 };
  }
  return { codes: Int16Array.from(papers, ({ year }) => year ?? NO_YEAR), yearBase: 0, noYearCode: NO_YEAR };
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

