import type { Author } from '../store/Author.ts';
import type { CoauthorGraph } from '../store/CoauthorGraph.ts';
import { coauthorAdjacency, strongestFirst } from '../store/coauthorAdjacency.ts';
import type { Paper } from '../store/Paper.ts';
import { perSnapshot } from '../store/perSnapshot.ts';
import { type BudgetTask, VisitBudget } from './VisitBudget.ts';

export interface NetworkAuthor {
  readonly kind: 'author';
  readonly author: Author;
  /** Collaboration hops from the nearest center; 0 for a center. */
  readonly distance: number;
}

export interface NetworkPaper {
  readonly kind: 'paper';
  readonly paper: Paper;
  /** The distance of its nearest author in the network. */
  readonly distance: number;
}

export type NetworkNode = NetworkAuthor | NetworkPaper;

/** A coauthorship between two authors, or an authorship (author → paper) in a bipartite network. */
export interface NetworkEdge {
  readonly source: NetworkAuthor;
  readonly target: NetworkNode;
  /** Shared papers (1 for an authorship). */
  readonly weight: number;
  readonly firstYear: number | null;
  readonly lastYear: number | null;
}

/** A flat subgraph for drawing: every node and edge once. */
export interface Network {
  /** Authors first, nearest first, then (bipartite only) papers newest first. */
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
  /** Whether authors within `depth` were left out to stay within `maxNodes`. */
  readonly truncated: boolean;
}

export interface NetworkOptions {
  /** How many collaboration hops from the centers to go. */
  readonly depth: number;
  /** The most authors to keep. */
  readonly maxNodes: number;
  /** Ties with fewer shared papers are neither followed nor drawn. */
  readonly minCollaborations: number;
  /** Draw authors and their papers (authorship edges) instead of coauthor edges. */
  readonly includePapers: boolean;
  /** When given, only papers of these years (inclusive) count: for the ties, their weights, and who is in reach. */
  readonly years?: YearRange | undefined;
  readonly budget: VisitBudget;
}

/** Inclusive bounds on a paper's year; an open end is an infinity. A paper without a year is outside every range. */
export interface YearRange {
  readonly from: number;
  readonly to: number;
}

/** The rule that picks the authors of a truncated network, for clients to show. */
export const NETWORK_SELECTION_RULE =
  'Authors are kept nearest first: every center, then the authors one hop away, and so on. ' +
  'Within the ring that does not fit whole, an author with more papers shared with the nearer rings ' +
  'comes first, then the alphabetically first.';

const TASK: BudgetTask = {
  name: 'the network',
  advice: 'lower depth or maxNodes, or raise minCollaborations; coauthor-graph export draws networks of any size offline',
};

/**
 * The collaboration network around `centers` out to `depth` hops, for
 * drawing. Authors are chosen by `NETWORK_SELECTION_RULE`; edges are every
 * tie of at least `minCollaborations` shared papers between two kept authors,
 * ordered by the position of their endpoints. With `includePapers` the edges
 * are authorships instead, to every paper at least two kept authors wrote.
 *
 * @example
 * const network = collaborationNetwork(graph, [perez], { depth: 1, maxNodes: 200, minCollaborations: 1, includePapers: false, budget });
 * network.nodes.length // 99 on the seed, Ethan Perez having written with everyone
 */
export function collaborationNetwork(graph: CoauthorGraph, centers: readonly Author[], options: NetworkOptions): Network {
  const { depth, maxNodes, minCollaborations, budget } = options;
  let ring = [...new Set(centers.map((author) => author.index))].sort((a, b) => a - b);
  if (ring.length > maxNodes) throw new RangeError(`${ring.length} centers do not fit in maxNodes ${maxNodes}: give fewer centers or a larger maxNodes`);
  const scratch = scratchOf(graph);
  if (options.years !== undefined) return yearRangeNetwork(graph, ring, scratch, { ...options, years: options.years });
  const { distance } = scratch;
  const kept = [...ring];
  const reach: Reach = { graph, minCollaborations, budget, scratch, ties: { owners: [], slots: [] } };
  try {
    for (const u of ring) distance[u] = 0;
    let truncated = false;
    for (let hop = 1; hop <= depth && ring.length > 0 && !truncated; hop++) {
      const room = maxNodes - kept.length;
      const next = room === 0 ? { ring: [], truncated: anyNewCoauthor(reach, ring) } : nextRing(reach, ring, room);
      ring = next.ring;
      truncated = next.truncated;
      for (const v of ring) {
        distance[v] = hop;
        kept.push(v);
      }
    }

    const authorNodes = kept.map((u): NetworkAuthor => ({ kind: 'author', author: graph.author(u), distance: distance[u]! }));
    return options.includePapers
      ? { ...authorshipEdges(graph, authorNodes, budget, () => true), truncated }
      : { nodes: authorNodes, edges: coauthorEdges(reach, authorNodes), truncated };
  } finally {
    for (const u of kept) scratch.forget(u);
  }
}

/**
 * Arrays over all authors that a network marks as it grows, allocated once per
 * snapshot and left clean by every network: allocated per request, they made
 * the garbage collector sweep the whole graph every few requests.
 */
class Scratch {
  /** Each kept author's hop count; -1 for the others. */
  readonly distance: Int32Array;
  /** 1 for a kept author whose strong ties were all read while growing the network. */
  readonly readWhole: Uint8Array;
  /** A kept author's position among the network's nodes; -1 for the others. */
  readonly position: Int32Array;
  /** Papers a newly reached author shares with the ring being read. */
  readonly strength: Uint32Array;
  /** The newest entry of a newly reached author's list in `reachedBy`; -1 for none. */
  readonly firstReach: Int32Array;
  /** Triples (ring author, slot in their row, previous entry for the same reached author). */
  reachedBy = new Float64Array(0);

  constructor(authorCount: number) {
    this.distance = new Int32Array(authorCount).fill(-1);
    this.readWhole = new Uint8Array(authorCount);
    this.position = new Int32Array(authorCount).fill(-1);
    this.strength = new Uint32Array(authorCount);
    this.firstReach = new Int32Array(authorCount).fill(-1);
  }

  /** Clears what a network marked for kept author `u`. */
  forget(u: number): void {
    this.distance[u] = -1;
    this.readWhole[u] = 0;
    this.position[u] = -1;
  }
}

const scratchOf = perSnapshot((graph): Scratch => new Scratch(graph.authorCount));

/** Ties as the row slots they were read from: `slots[t]` in the row of `owners[t]`. */
interface Ties {
  readonly owners: number[];
  readonly slots: number[];
}

/** What a ring is grown from, and what growing it learnt of the ties between kept authors. */
interface Reach {
  readonly graph: CoauthorGraph;
  readonly minCollaborations: number;
  readonly budget: VisitBudget;
  readonly scratch: Scratch;
  /** Every tie of at least `minCollaborations` between two kept authors of which one was read whole, once. */
  readonly ties: Ties;
}

/**
 * Calls `visit` for each tie of `u` of at least `minCollaborations` shared
 * papers, strongest first (then in name order), until `visit` returns false;
 * charges the slots it looked at, the first weaker one included.
 */
function forEachStrongTie({ graph, minCollaborations, budget }: Reach, u: number, visit: (v: number, weight: number, slot: number) => boolean): void {
  const adjacency = coauthorAdjacency(graph);
  const { offsets, neighbours, weights } = adjacency;
  const start = offsets[u]!;
  const places = strongestFirst(adjacency, u);
  let k = 0;
  for (; k < places.length; k++) {
    const slot = start + places[k]!;
    if (weights[slot]! < minCollaborations || !visit(neighbours[slot]!, weights[slot]!, slot)) {
      k++;
      break;
    }
  }
  budget.spend(k, TASK);
}

/**
 * Calls `visit` for every tie of `u` of at least `minCollaborations` shared
 * papers, in name order: the same ties `forEachStrongTie` visits when
 * `visit` never stops it, charged the same, without ranking the row.
 */
function forEachStrongTieByName({ graph, minCollaborations, budget }: Reach, u: number, visit: (v: number, weight: number, slot: number) => void): void {
  const { offsets, neighbours, weights } = coauthorAdjacency(graph);
  const start = offsets[u]!;
  const end = offsets[u + 1]!;
  let strong = 0;
  for (let k = start; k < end; k++) {
    if (weights[k]! < minCollaborations) continue;
    strong++;
    visit(neighbours[k]!, weights[k]!, k);
  }
  // Read strongest first, the row would have stopped at its first weaker slot.
  budget.spend(strong < end - start ? strong + 1 : strong, TASK);
}

/** Whether any author not yet kept is tied to `ring`: all a full network needs to know of the next ring. */
function anyNewCoauthor(reach: Reach, ring: readonly number[]): boolean {
  let found = false;
  for (const u of ring) {
    forEachStrongTie(reach, u, (v) => !(found = reach.scratch.distance[v] === -1));
    if (found) return true;
  }
  return false;
}

/**
 * The authors one hop beyond `ring` that `NETWORK_SELECTION_RULE` keeps in
 * `room` places, in its order, and whether any were left out.
 */
function nextRing(reach: Reach, ring: readonly number[], room: number): { ring: number[]; truncated: boolean } {
  const { distance, readWhole, strength, firstReach } = reach.scratch;
  if (ring.length === 1) {
    // One row read strongest first is already in the rule's order: stop as soon as it overflows.
    const next: number[] = [];
    let truncated = false;
    forEachStrongTie(reach, ring[0]!, (v) => {
      if (distance[v] !== -1) return true;
      truncated = next.length === room;
      if (!truncated) next.push(v);
      return !truncated;
    });
    return { ring: next, truncated };
  }
  // Every row is read whole, so its ties to kept authors are kept for the edges:
  // those to earlier authors now, those to newly reached ones in a list per
  // author (in reachedBy), walked only for the authors that make the ring.
  const { offsets } = coauthorAdjacency(reach.graph);
  const { scratch, ties } = reach;
  const ringDistance = distance[ring[0]!]!;
  const slotsInRows = ring.reduce((sum, u) => sum + offsets[u + 1]! - offsets[u]!, 0);
  if (scratch.reachedBy.length < 3 * slotsInRows) scratch.reachedBy = new Float64Array(3 * slotsInRows);
  const { reachedBy } = scratch;
  let entries = 0;
  const reached: number[] = [];
  try {
    for (const u of ring) {
      // The order a row is read in changes nothing here: the ring is sorted and the ties put in order at the end.
      forEachStrongTieByName(reach, u, (v, weight, slot) => {
        if (distance[v] === -1) {
          if (strength[v] === 0) reached.push(v);
          strength[v]! += weight;
          reachedBy[3 * entries] = u;
          reachedBy[3 * entries + 1] = slot;
          reachedBy[3 * entries + 2] = firstReach[v]!;
          firstReach[v] = entries++;
        } else if (readWhole[v] === 0 && (distance[v] !== ringDistance || u < v)) {
          ties.owners.push(u);
          ties.slots.push(slot);
        }
      });
    }
    for (const u of ring) readWhole[u] = 1;
    reached.sort((a, b) => strength[b]! - strength[a]! || a - b);
    const next = reached.length > room ? reached.slice(0, room) : reached;
    for (const v of next) {
      for (let t = firstReach[v]!; t !== -1; t = reachedBy[3 * t + 2]!) {
        ties.owners.push(reachedBy[3 * t]!);
        ties.slots.push(reachedBy[3 * t + 1]!);
      }
    }
    return { ring: next, truncated: reached.length > room };
  } finally {
    for (const v of reached) {
      strength[v] = 0;
      firstReach[v] = -1;
    }
  }
}

/**
 * Every tie of at least `minCollaborations` between two kept authors, by the
 * positions of their ends. The ties of authors read whole while the network
 * grew are known already; each other tie is looked up from its end with the
 * shorter row: an author's row is read whole only when that is cheaper than
 * searching it for each kept author with a longer row.
 */
function coauthorEdges({ graph, minCollaborations, budget, scratch, ties }: Reach, authorNodes: readonly NetworkAuthor[]): NetworkEdge[] {
  const { offsets, neighbours, weights } = coauthorAdjacency(graph);
  const degree = (u: number) => offsets[u + 1]! - offsets[u]!;
  const count = authorNodes.length;
  const indexAt = authorNodes.map((node) => node.author.index);
  const { position, readWhole } = scratch;
  indexAt.forEach((u, i) => (position[u] = i));
  // Each tie as its earlier end's position and (later position · 2³², slot), to be put in order at the end.
  const earlier: number[] = [];
  const laterAndSlot: number[] = [];
  const addTie = (i: number, j: number, slot: number) => {
    if (weights[slot]! < minCollaborations) return;
    earlier.push(Math.min(i, j));
    laterAndSlot.push(Math.max(i, j) * SLOTS + slot);
  };
  ties.owners.forEach((u, t) => addTie(position[u]!, position[neighbours[ties.slots[t]!]!]!, ties.slots[t]!));

  // The rest, from the shortest row to the longest (then by index, so each pair has one shorter end).
  const rest = indexAt.map((_, i) => i).filter((i) => readWhole[indexAt[i]!] === 0);
  const byLength = rest.sort((i, j) => degree(indexAt[i]!) - degree(indexAt[j]!) || indexAt[i]! - indexAt[j]!);
  const rankOf = new Int32Array(count).fill(-1);
  byLength.forEach((i, rank) => (rankOf[i] = rank));
  byLength.forEach((i, rank) => {
    const u = indexAt[i]!;
    const start = offsets[u]!;
    const end = offsets[u + 1]!;
    const longer = byLength.length - 1 - rank;
    if (degree(u) <= longer * Math.ceil(Math.log2(degree(u) + 1))) {
      budget.spend(degree(u), TASK);
      for (let k = start; k < end; k++) {
        const j = position[neighbours[k]!]!;
        if (j !== -1 && rankOf[j]! > rank) addTie(i, j, k);
      }
      return;
    }
    for (let r = rank + 1; r < byLength.length; r++) {
      const j = byLength[r]!;
      const { slot, probes } = findInRow(neighbours, start, end, indexAt[j]!);
      budget.spend(probes, TASK);
      if (slot !== -1) addTie(i, j, slot);
    }
  });

  // A counting sort by the earlier end, then each source's ties by the later end.
  const firstOf = new Uint32Array(count + 1);
  for (const i of earlier) firstOf[i + 1]!++;
  for (let i = 0; i < count; i++) firstOf[i + 1]! += firstOf[i]!;
  const ordered = new Float64Array(earlier.length);
  const filled = firstOf.slice(0, count);
  earlier.forEach((i, t) => (ordered[filled[i]!++] = laterAndSlot[t]!));
  const edges: NetworkEdge[] = [];
  const targets = new Uint32Array(ordered.length);
  const years = new TieYears(graph, scratch, indexAt, firstOf, targets);
  for (let i = 0; i < count; i++) {
    const source = authorNodes[i]!;
    for (const key of ordered.subarray(firstOf[i]!, firstOf[i + 1]!).sort()) {
      const k = key % SLOTS;
      targets[edges.length] = (key - k) / SLOTS;
      edges.push(new CoauthorTie(source, authorNodes[targets[edges.length]!]!, weights[k]!, years, edges.length));
    }
  }
  return edges;
}

/** A tie between two kept authors; its years are read when first asked for, for every tie of the network at once. */
class CoauthorTie implements NetworkEdge {
  constructor(
    readonly source: NetworkAuthor,
    readonly target: NetworkAuthor,
    readonly weight: number,
    private readonly years: TieYears,
    /** The tie's place among the network's edges. */
    private readonly at: number,
  ) {}

  get firstYear(): number | null {
    return this.years.firstYear(this.at);
  }

  get lastYear(): number | null {
    return this.years.lastYear(this.at);
  }
}

/**
 * The years of a network's ties, by their place among its edges: read from
 * the bylines of the dated papers of each author with ties to later
 * authors, once per network, and only when a tie's years are first asked
 * for (a drawing client seldom asks; the adjacency keeps no years). Not
 * charged: the ties were charged when found, and reading costs the sources'
 * own coauthorships.
 */
class TieYears {
  #first: Float64Array | undefined;
  #last: Float64Array | undefined;

  constructor(
    readonly graph: CoauthorGraph,
    readonly scratch: Scratch,
    /** The kept authors, by position. */
    readonly indexAt: readonly number[],
    /** Where the ties of the author at each position start among the edges (one more entry than authors). */
    readonly firstOf: Uint32Array,
    /** Each tie's later end, by position. */
    readonly targets: Uint32Array,
  ) {}

  /** The year of the first dated paper behind tie `at`; null when none is dated. */
  firstYear(at: number): number | null {
    const year = (this.#first ?? this.#read()[0])[at]!;
    return Number.isNaN(year) ? null : year;
  }

  /** The year of the latest dated paper behind tie `at`; null when none is dated. */
  lastYear(at: number): number | null {
    const year = (this.#last ?? this.#read()[1])[at]!;
    return Number.isNaN(year) ? null : year;
  }

  #read(): [Float64Array, Float64Array] {
    const { graph, indexAt, firstOf, targets } = this;
    const { paperAuthors } = graph.parts;
    const first = new Float64Array(targets.length).fill(Number.NaN);
    const last = new Float64Array(targets.length).fill(Number.NaN);
    // By position: the source whose papers the author there was last met on, and the years they met in.
    const metBy = new Int32Array(indexAt.length).fill(-1);
    const earliest = new Float64Array(indexAt.length);
    const latest = new Float64Array(indexAt.length);
    // The snapshot's position scratch, borrowed and left clean as a network leaves it.
    const { position } = this.scratch;
    indexAt.forEach((u, i) => (position[u] = i));
    try {
      for (let i = 0; i < indexAt.length; i++) {
        if (firstOf[i] === firstOf[i + 1]) continue;
        forEachPaperIn(graph, indexAt[i]!, (paper) => !Number.isNaN(yearOfPaper(graph, paper)), UNCHARGED, (year, from, to) => {
          for (let m = from; m < to; m++) {
            const j = position[paperAuthors[m]!]!;
            if (j <= i) continue;
            if (metBy[j] !== i) {
              metBy[j] = i;
              earliest[j] = year;
              latest[j] = year;
            } else {
              earliest[j] = Math.min(earliest[j]!, year);
              latest[j] = Math.max(latest[j]!, year);
            }
          }
        });
        for (let at = firstOf[i]!; at < firstOf[i + 1]!; at++) {
          const j = targets[at]!;
          if (metBy[j] !== i) continue;
          first[at] = earliest[j]!;
          last[at] = latest[j]!;
        }
      }
    } finally {
      for (const u of indexAt) position[u] = -1;
    }
    this.#first = first;
    this.#last = last;
    return [first, last];
  }
}

/** For walks that describe ties already charged. */
const UNCHARGED = VisitBudget.unlimited();

function yearOfPaper(graph: CoauthorGraph, paper: number): number {
  return graph.parts.paperColumns.numbers.year[paper]!;
}

/**
 * Calls `visit` for each paper of `u` that `counts` accepts with its year
 * and its byline (`paperAuthors[from .. to)`, `u` among them), charging
 * `budget` a visit per paper of `u` and per author of each paper counted. A
 * huge collaboration pairs no authors, as in the coauthor adjacency, so it
 * is left out. A call per paper, not per coauthorship: the caller loops over
 * the byline.
 */
function forEachPaperIn(graph: CoauthorGraph, u: number, counts: (paper: number) => boolean, budget: VisitBudget, visit: (year: number, from: number, to: number) => void): void {
  const { authorPaperOffsets, authorPapers, paperAuthorOffsets } = graph.parts;
  budget.spend(authorPaperOffsets[u + 1]! - authorPaperOffsets[u]!, TASK);
  for (let k = authorPaperOffsets[u]!; k < authorPaperOffsets[u + 1]!; k++) {
    const paper = authorPapers[k]!;
    if (!counts(paper) || !graph.pairsAuthorsOf(paper)) continue;
    budget.spend(paperAuthorOffsets[paper + 1]! - paperAuthorOffsets[paper]!, TASK);
    visit(yearOfPaper(graph, paper), paperAuthorOffsets[paper]!, paperAuthorOffsets[paper + 1]!);
  }
}

/** Slots of the adjacency fit in 32 bits (its arrays are Uint32Array-indexed). */
const SLOTS = 2 ** 32;

/** Binary search for `v` among `neighbours[start .. end)`, which ascend: its slot (or -1) and how many slots it read. */
function findInRow(neighbours: Uint32Array, start: number, end: number, v: number): { slot: number; probes: number } {
  let low = start;
  let high = end;
  let probes = 0;
  while (low < high) {
    const middle = (low + high) >>> 1;
    probes++;
    if (neighbours[middle]! === v) return { slot: middle, probes };
    if (neighbours[middle]! < v) low = middle + 1;
    else high = middle;
  }
  return { slot: -1, probes };
}

function authorshipEdges(
  graph: CoauthorGraph,
  authorNodes: readonly NetworkAuthor[],
  budget: VisitBudget,
  counts: (paper: number) => boolean,
): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const nodeOf = new Map(authorNodes.map((node) => [node.author.index, node]));
  const { authorPaperOffsets, authorPapers, paperAuthorOffsets, paperAuthors } = graph.parts;
  const keptAuthorsOf = new Map<number, number>();
  for (const { author } of authorNodes) {
    const u = author.index;
    budget.spend(authorPaperOffsets[u + 1]! - authorPaperOffsets[u]!, TASK);
    for (let k = authorPaperOffsets[u]!; k < authorPaperOffsets[u + 1]!; k++) {
      if (counts(authorPapers[k]!)) keptAuthorsOf.set(authorPapers[k]!, (keptAuthorsOf.get(authorPapers[k]!) ?? 0) + 1);
    }
  }
  const papers = [...keptAuthorsOf].filter(([, count]) => count >= 2).map(([p]) => p).sort((a, b) => a - b);
  const paperNodes: NetworkPaper[] = [];
  const edges: NetworkEdge[] = [];
  for (const p of papers) {
    const paper = graph.paper(p);
    const byline: NetworkAuthor[] = [];
    budget.spend(paperAuthorOffsets[p + 1]! - paperAuthorOffsets[p]!, TASK);
    for (let m = paperAuthorOffsets[p]!; m < paperAuthorOffsets[p + 1]!; m++) {
      const node = nodeOf.get(paperAuthors[m]!);
      if (node !== undefined) byline.push(node);
    }
    const target: NetworkPaper = { kind: 'paper', paper, distance: Math.min(...byline.map((node) => node.distance)) };
    paperNodes.push(target);
    for (const source of byline) edges.push({ source, target, weight: 1, firstYear: paper.year, lastYear: paper.year });
  }
  return { nodes: [...authorNodes, ...paperNodes], edges };
}

/** A tie counted from the papers of a year range: how many, and the first and last year among them. */
interface YearTie {
  weight: number;
  firstYear: number;
  lastYear: number;
}

/**
 * The ties of authors over the papers of one year range, counted from the
 * bylines of each author's papers in the range (the coauthor adjacency counts
 * every year, so it cannot serve) when the network first needs that author's
 * row; each row is read once per network and charged to the budget: a visit
 * per paper of the author and per author of each paper in the range.
 */
class YearTies {
  readonly #rows = new Map<number, ReadonlyMap<number, YearTie>>();

  constructor(
    readonly graph: CoauthorGraph,
    readonly years: YearRange,
    readonly minCollaborations: number,
    readonly budget: VisitBudget,
  ) {}

  /** Whether `paper` is dated within the range. */
  inRange(paper: number): boolean {
    const year = yearOfPaper(this.graph, paper);
    return year >= this.years.from && year <= this.years.to;
  }

  /** The coauthors of `u` with at least `minCollaborations` papers in the range, in no order, with their ties. */
  of(u: number): ReadonlyMap<number, YearTie> {
    const known = this.#rows.get(u);
    if (known !== undefined) return known;
    const { paperAuthors } = this.graph.parts;
    const row = new Map<number, YearTie>();
    forEachPaperIn(this.graph, u, (paper) => this.inRange(paper), this.budget, (year, from, to) => {
      for (let m = from; m < to; m++) {
        const v = paperAuthors[m]!;
        if (v === u) continue;
        const tie = row.get(v);
        if (tie === undefined) row.set(v, { weight: 1, firstYear: year, lastYear: year });
        else {
          tie.weight++;
          tie.firstYear = Math.min(tie.firstYear, year);
          tie.lastYear = Math.max(tie.lastYear, year);
        }
      }
    });
    for (const [v, tie] of row) if (tie.weight < this.minCollaborations) row.delete(v);
    this.#rows.set(u, row);
    return row;
  }
}

/**
 * `collaborationNetwork` over the papers of a year range: the same rings,
 * selection rule and edge order, with every tie read from `YearTies`.
 */
function yearRangeNetwork(graph: CoauthorGraph, centers: readonly number[], scratch: Scratch, options: NetworkOptions & { years: YearRange }): Network {
  const { depth, maxNodes, budget } = options;
  const { distance, position, strength } = scratch;
  const ties = new YearTies(graph, options.years, options.minCollaborations, budget);
  const kept = [...centers];
  let ring = centers;
  try {
    for (const u of ring) distance[u] = 0;
    let truncated = false;
    for (let hop = 1; hop <= depth && ring.length > 0 && !truncated; hop++) {
      // Every author one hop beyond the ring, with the papers they share with it.
      const reached: number[] = [];
      try {
        for (const u of ring) {
          for (const [v, tie] of ties.of(u)) {
            if (distance[v] !== -1) continue;
            if (strength[v] === 0) reached.push(v);
            strength[v]! += tie.weight;
          }
        }
        reached.sort((a, b) => strength[b]! - strength[a]! || a - b);
      } finally {
        for (const v of reached) strength[v] = 0;
      }
      const room = maxNodes - kept.length;
      truncated = reached.length > room;
      ring = truncated ? reached.slice(0, room) : reached;
      for (const v of ring) {
        distance[v] = hop;
        kept.push(v);
      }
    }
    const authorNodes = kept.map((u): NetworkAuthor => ({ kind: 'author', author: graph.author(u), distance: distance[u]! }));
    if (options.includePapers) return { ...authorshipEdges(graph, authorNodes, budget, (paper) => ties.inRange(paper)), truncated };
    kept.forEach((u, i) => (position[u] = i));
    const edges: NetworkEdge[] = [];
    kept.forEach((u, i) => {
      const later = [...ties.of(u)].filter(([v]) => position[v]! > i).sort(([v], [w]) => position[v]! - position[w]!);
      for (const [v, { weight, firstYear, lastYear }] of later) edges.push({ source: authorNodes[i]!, target: authorNodes[position[v]!]!, weight, firstYear, lastYear });
    });
    return { nodes: authorNodes, edges, truncated };
  } finally {
    for (const u of kept) scratch.forget(u);
  }
}

