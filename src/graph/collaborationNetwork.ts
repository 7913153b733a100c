import type { Author } from './Author.ts';
import type { CoauthorGraph } from './CoauthorGraph.ts';
import { coauthorAdjacency, NO_YEAR } from './coauthorAdjacency.ts';
import type { Paper } from './Paper.ts';
import type { BudgetTask, VisitBudget } from './VisitBudget.ts';

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
  readonly budget: VisitBudget;
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
  const { offsets, neighbours, weights } = coauthorAdjacency(graph);
  const distance = new Map<number, number>();
  let ring = [...new Set(centers.map((author) => author.index))].sort((a, b) => a - b);
  if (ring.length > maxNodes) throw new RangeError(`${ring.length} centers do not fit in maxNodes ${maxNodes}: give fewer centers or a larger maxNodes`);
  for (const u of ring) distance.set(u, 0);
  const kept = [...ring];
  let truncated = false;

  for (let hop = 1; hop <= depth && ring.length > 0 && !truncated; hop++) {
    // strength: papers a newly reached author shares with the previous ring.
    const strength = new Map<number, number>();
    const room = maxNodes - kept.length;
    for (const u of ring) {
      budget.spend(offsets[u + 1]! - offsets[u]!, TASK);
      for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
        const v = neighbours[k]!;
        if (weights[k]! < minCollaborations || (distance.has(v) && !strength.has(v))) continue;
        strength.set(v, (strength.get(v) ?? 0) + weights[k]!);
      }
      // A full network needs only to learn whether anything was left out.
      if (room === 0 && strength.size > 0) break;
    }
    ring = [...strength.keys()].sort((a, b) => strength.get(b)! - strength.get(a)! || a - b);
    if (ring.length > room) {
      truncated = true;
      ring = ring.slice(0, room);
    }
    for (const v of ring) {
      distance.set(v, hop);
      kept.push(v);
    }
  }

  const authorNodes = kept.map((u): NetworkAuthor => ({ kind: 'author', author: graph.authors[u]!, distance: distance.get(u)! }));
  return options.includePapers
    ? { ...authorshipEdges(graph, authorNodes, budget), truncated }
    : { nodes: authorNodes, edges: coauthorEdges(graph, authorNodes, minCollaborations, budget), truncated };
}

function coauthorEdges(
  graph: CoauthorGraph,
  authorNodes: readonly NetworkAuthor[],
  minCollaborations: number,
  budget: VisitBudget,
): NetworkEdge[] {
  const { offsets, neighbours, weights, firstYears, lastYears } = coauthorAdjacency(graph);
  const position = new Map(authorNodes.map((node, i) => [node.author.index, i]));
  const edges: NetworkEdge[] = [];
  authorNodes.forEach((source, i) => {
    const u = source.author.index;
    budget.spend(offsets[u + 1]! - offsets[u]!, TASK);
    const row: [number, NetworkEdge][] = [];
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      const j = position.get(neighbours[k]!);
      if (j === undefined || j <= i || weights[k]! < minCollaborations) continue;
      row.push([j, { source, target: authorNodes[j]!, weight: weights[k]!, firstYear: year(firstYears[k]!), lastYear: year(lastYears[k]!) }]);
    }
    edges.push(...row.sort(([a], [b]) => a - b).map(([, edge]) => edge));
  });
  return edges;
}

function authorshipEdges(
  graph: CoauthorGraph,
  authorNodes: readonly NetworkAuthor[],
  budget: VisitBudget,
): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const nodeOf = new Map(authorNodes.map((node) => [node.author.index, node]));
  const { authorPaperOffsets, authorPapers, paperAuthorOffsets, paperAuthors } = graph.parts;
  const keptAuthorsOf = new Map<number, number>();
  for (const { author } of authorNodes) {
    const u = author.index;
    budget.spend(authorPaperOffsets[u + 1]! - authorPaperOffsets[u]!, TASK);
    for (let k = authorPaperOffsets[u]!; k < authorPaperOffsets[u + 1]!; k++) {
      keptAuthorsOf.set(authorPapers[k]!, (keptAuthorsOf.get(authorPapers[k]!) ?? 0) + 1);
    }
  }
  const papers = [...keptAuthorsOf].filter(([, count]) => count >= 2).map(([p]) => p).sort((a, b) => a - b);
  const paperNodes: NetworkPaper[] = [];
  const edges: NetworkEdge[] = [];
  for (const p of papers) {
    const paper = graph.papers[p]!;
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

function year(value: number): number | null {
  return value === NO_YEAR ? null : value;
}
