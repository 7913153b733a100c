import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Author } from '../src/graph/store/Author.ts';
import { coauthorAdjacency } from '../src/graph/store/coauthorAdjacency.ts';
import type { CoauthorGraph } from '../src/graph/store/CoauthorGraph.ts';
import { collaborationNetwork, type Network } from '../src/graph/algorithms/collaborationNetwork.ts';
import { BudgetExceededError, VisitBudget } from '../src/graph/algorithms/VisitBudget.ts';
import { buildGraph } from '../src/graph/store/buildGraph.ts';
import { nodesOf } from './support/nodesOf.ts';
import { smallGraph } from './support/smallGraph.ts';

interface Settings {
  readonly depth: number;
  readonly maxNodes: number;
  readonly minCollaborations: number;
}

/**
 * NETWORK_SELECTION_RULE done the plain way, as a reference: every ring
 * reads the whole row of every author of the ring before it, and the ties
 * are found by reading the whole row of every kept author, their years from
 * every paper both authors of a tie wrote. Answers as
 * [name@distance…], [name-name:weight first–last…], truncated.
 */
function byTheRule(graph: CoauthorGraph, centers: readonly Author[], { depth, maxNodes, minCollaborations }: Settings): [string[], string[], boolean] {
  const { offsets, neighbours, weights } = coauthorAdjacency(graph);
  const distance = new Map<number, number>();
  let ring = [...new Set(centers.map((author) => author.index))].sort((a, b) => a - b);
  for (const u of ring) distance.set(u, 0);
  const kept = [...ring];
  let truncated = false;
  for (let hop = 1; hop <= depth && ring.length > 0 && !truncated; hop++) {
    const strength = new Map<number, number>();
    for (const u of ring) {
      for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
        const v = neighbours[k]!;
        if (weights[k]! >= minCollaborations && !distance.has(v)) strength.set(v, (strength.get(v) ?? 0) + weights[k]!);
      }
    }
    ring = [...strength.keys()].sort((a, b) => strength.get(b)! - strength.get(a)! || a - b);
    const room = maxNodes - kept.length;
    if (ring.length > room) {
      truncated = true;
      ring = ring.slice(0, room);
    }
    for (const v of ring) distance.set(v, hop);
    kept.push(...ring);
  }
  const name = (u: number) => graph.author(u).name;
  const years = (u: number, v: number) => {
    const both = nodesOf(graph).papers.filter((paper) => paper.year !== null && [u, v].every((w) => graph.authorsOfPapers([paper])[0]!.includes(w)));
    return `${Math.min(...both.map((paper) => paper.year!))}–${Math.max(...both.map((paper) => paper.year!))}`;
  };
  const edges: string[] = [];
  kept.forEach((u, i) => {
    const row: [number, string][] = [];
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      const j = kept.indexOf(neighbours[k]!);
      if (j > i && weights[k]! >= minCollaborations) row.push([j, `${name(u)}-${name(neighbours[k]!)}:${weights[k]} ${years(u, neighbours[k]!)}`]);
    }
    edges.push(...row.sort(([a], [b]) => a - b).map(([, edge]) => edge));
  });
  return [kept.map((u) => `${name(u)}@${distance.get(u)}`), edges, truncated];
}

function described(network: Network): [string[], string[], boolean] {
  const label = (node: Network['nodes'][number]) => (node.kind === 'author' ? node.author.name : node.paper.id);
  const edges = network.edges.map(({ source, target, weight, firstYear, lastYear }) => `${label(source)}-${label(target)}:${weight} ${firstYear}–${lastYear}`);
  return [network.nodes.map((node) => `${label(node)}@${node.distance}`), edges, network.truncated];
}

const NAMES = ['Ada', 'Bo', 'Cy', 'Di', 'Ed', 'Fay', 'Gus', 'Hal', 'Ivy', 'Jo', 'Kim', 'Lu'];
const bylines = fc.array(fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 40 });
const settings = fc.record({ depth: fc.integer({ min: 0, max: 4 }), maxNodes: fc.integer({ min: 1, max: 12 }), minCollaborations: fc.integer({ min: 1, max: 3 }) });

describe('collaborationNetwork against the selection rule done the plain way', () => {
  it('keeps the same authors in the same order with the same ties, on any small graph, after any network cut short by its budget', () => {
    const centersOf = (graph: CoauthorGraph, picks: number[], maxNodes: number) => picks.map((pick) => graph.author(pick % graph.authorCount)).slice(0, maxNodes);
    const someCenters = fc.uniqueArray(fc.nat(NAMES.length - 1), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(bylines, someCenters, settings, someCenters, fc.nat(40), (papers, picks, options, earlierPicks, earlierBudget) => {
        const [graph] = smallGraph(papers);
        const earlier = { ...options, includePapers: false, budget: new VisitBudget(earlierBudget) };
        try {
          collaborationNetwork(graph, centersOf(graph, earlierPicks, options.maxNodes), earlier);
        } catch (error) {
          if (!(error instanceof BudgetExceededError)) throw error;
        }
        const centers = centersOf(graph, picks, options.maxNodes);
        const network = collaborationNetwork(graph, centers, { ...options, includePapers: false, budget: VisitBudget.unlimited() });
        expect(described(network)).toEqual(byTheRule(graph, centers, options));
      }),
      { numRuns: 2000 },
    );
  });

  it('within a year range, gives the network of the graph of only the papers of those years', () => {
    // smallGraph dates paper i (from 0) in 2001 + i; the same papers with the same years, only those in the range.
    const papersOf = (bylines: readonly (readonly string[])[], from: number, to: number) =>
      bylines
        .map((authors, i) => ({ id: `p${i + 1}`, published: `${2001 + i}-01-01`, year: 2001 + i, authors }))
        .filter(({ year }) => year >= from && year <= to);
    const range = fc.tuple(fc.integer({ min: 2001, max: 2045 }), fc.nat(40)).map(([from, length]) => ({ from, to: from + length }));
    fc.assert(
      fc.property(bylines, fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 }), settings, range, (papers, names, options, years) => {
        const [graph] = smallGraph(papers);
        const inRange = buildGraph(papersOf(papers, years.from, years.to));
        // Centers who wrote in the range, so both graphs know them.
        const centerNames = names.filter((name) => inRange.authorsByName(name).length > 0).slice(0, options.maxNodes);
        fc.pre(centerNames.length > 0);
        const network = collaborationNetwork(graph, centerNames.map((name) => graph.authorsByName(name)[0]!), { ...options, includePapers: false, years, budget: VisitBudget.unlimited() });
        const centers = centerNames.map((name) => inRange.authorsByName(name)[0]!);
        expect(described(network)).toEqual(described(collaborationNetwork(inRange, centers, { ...options, includePapers: false, budget: VisitBudget.unlimited() })));
      }),
      { numRuns: 1000 },
    );
    // Two graphs built per run: about 15 s on a quiet 2-core machine, twice that on a busy one.
  }, 90_000);

  // X wrote twice with A, once each with B and C; A and B each once with D.
  const STAR = [['X', 'A'], ['A', 'X'], ['X', 'B'], ['X', 'C'], ['A', 'D'], ['B', 'D']];
  const visitsAroundX = (depth: number, maxNodes: number) => {
    const [graph, author] = smallGraph(STAR);
    const budget = new VisitBudget(100);
    collaborationNetwork(graph, [author('X')], { depth, maxNodes, minCollaborations: 1, includePapers: false, budget });
    return budget.used;
  };

  it('charges only the row slots it reads, reading a tie from its shorter end', () => {
    // X's row strongest first: A, B, then C overflows (3). Ties: A's row (X, D) and
    // B's row (X, D) are read whole (4); X, the longest row, is no tie's shorter end.
    expect(visitsAroundX(1, 3)).toBe(7);
  });

  it('reads no row twice when the ties of a ring were read while growing the next', () => {
    // X's row (3); the rows of A, B and C (2 + 2 + 1), which hold all their ties; D's row
    // (2), finding no one new. The one pair left, X and D, is looked up in D's shorter row (2).
    expect(visitsAroundX(3, 200)).toBe(12);
  });
});
