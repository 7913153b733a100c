import { describe, expect, it } from 'vitest';
import { collaborationNetwork, type Network, type NetworkOptions } from '../src/graph/algorithms/collaborationNetwork.ts';
import { BudgetExceededError, VisitBudget } from '../src/graph/algorithms/VisitBudget.ts';
import { buildGraph } from '../src/graph/store/buildGraph.ts';
import { smallGraph } from './support/smallGraph.ts';

// X wrote twice with A (p1, p2), once each with B and C; A and B each once with D.
const STAR = [['X', 'A'], ['A', 'X'], ['X', 'B'], ['X', 'C'], ['A', 'D'], ['B', 'D']];

function networkAround(center: string, options: Partial<NetworkOptions> = {}): Network {
  const [graph, author] = smallGraph(STAR);
  const defaults = { depth: 1, maxNodes: 200, minCollaborations: 1, includePapers: false, budget: VisitBudget.unlimited() };
  return collaborationNetwork(graph, [author(center)], { ...defaults, ...options });
}

function nodesOf(network: Network): string[] {
  return network.nodes.map((node) => (node.kind === 'author' ? `${node.author.name}@${node.distance}` : node.paper.id));
}

function edgesOf(network: Network): string[] {
  return network.edges.map(({ source, target, weight }) => {
    const name = target.kind === 'author' ? target.author.name : target.paper.id;
    return `${source.author.name}-${name}:${weight}`;
  });
}

describe('collaborationNetwork', () => {
  it('keeps every author within depth, nearest first, with each tie once', () => {
    const network = networkAround('X', { depth: 2 });
    expect(nodesOf(network)).toEqual(['X@0', 'A@1', 'B@1', 'C@1', 'D@2']);
    expect(edgesOf(network)).toEqual(['X-A:2', 'X-B:1', 'X-C:1', 'A-D:1', 'B-D:1']);
    expect(network.truncated).toBe(false);
  });

  it('keeps the most strongly tied authors of the ring that does not fit, then the alphabetically first', () => {
    const network = networkAround('X', { maxNodes: 3 });
    expect(nodesOf(network)).toEqual(['X@0', 'A@1', 'B@1']);
    expect(edgesOf(network)).toEqual(['X-A:2', 'X-B:1']);
    expect(network.truncated).toBe(true);
  });

  it('says it is truncated when the network fills up exactly before the last ring', () => {
    expect(networkAround('X', { depth: 2, maxNodes: 4 }).truncated).toBe(true);
    expect(networkAround('X', { depth: 2, maxNodes: 5 }).truncated).toBe(false);
  });

  it('neither follows nor draws ties weaker than minCollaborations', () => {
    const network = networkAround('X', { depth: 2, minCollaborations: 2 });
    expect(nodesOf(network)).toEqual(['X@0', 'A@1']);
    expect(edgesOf(network)).toEqual(['X-A:2']);
  });

  it('draws authors and the papers at least two of them wrote when asked for papers', () => {
    const network = networkAround('X', { maxNodes: 3, includePapers: true });
    // p4 (X, C) and p5 (A, D) have one kept author each, so they are left out.
    expect(nodesOf(network)).toEqual(['X@0', 'A@1', 'B@1', 'p3', 'p2', 'p1']);
    expect(edgesOf(network)).toEqual(['X-p3:1', 'B-p3:1', 'A-p2:1', 'X-p2:1', 'X-p1:1', 'A-p1:1']);
  });

  it('counts only the papers of the year range, for the ties, their weights and who is in reach', () => {
    // 2002–2004 holds p2 (A, X), p3 (X, B) and p4 (X, C): X and A share one paper, and D is out of reach.
    const network = networkAround('X', { depth: 2, years: { from: 2002, to: 2004 } });
    expect(nodesOf(network)).toEqual(['X@0', 'A@1', 'B@1', 'C@1']);
    expect(edgesOf(network)).toEqual(['X-A:1', 'X-B:1', 'X-C:1']);
    expect(network.edges.map(({ firstYear, lastYear }) => [firstYear, lastYear])).toEqual([[2002, 2002], [2003, 2003], [2004, 2004]]);
  });

  it('gives a tie the years of its dated papers only, and none when no shared paper is dated', () => {
    // Ada and Ben share p1 (2001) and p2, undated; Ada and Cy only p3, undated; Ben and Cy p4 (2004) and p5 (1999).
    const graph = buildGraph([
      { id: 'p1', year: 2001, authors: ['Ada', 'Ben'] },
      { id: 'p2', authors: ['Ben', 'Ada'] },
      { id: 'p3', authors: ['Ada', 'Cy'] },
      { id: 'p4', year: 2004, authors: ['Cy', 'Ben'] },
      { id: 'p5', year: 1999, authors: ['Ben', 'Cy'] },
    ]);
    const network = collaborationNetwork(graph, graph.authorsByName('Ada'), {
      depth: 1,
      maxNodes: 10,
      minCollaborations: 1,
      includePapers: false,
      budget: VisitBudget.unlimited(),
    });
    const edges = network.edges.map(({ source, target, weight, firstYear, lastYear }) => [source.author.name, target.kind === 'author' ? target.author.name : '', weight, firstYear, lastYear]);
    expect(edges).toEqual([
      ['Ada', 'Ben', 2, 2001, 2001],
      ['Ada', 'Cy', 1, null, null],
      ['Ben', 'Cy', 2, 1999, 2004],
    ]);
  });

  it('answers a tie’s years when asked after other networks were drawn, and leaves them unchanged', () => {
    const [graph, author] = smallGraph(STAR);
    const options = { depth: 2, maxNodes: 200, minCollaborations: 1, includePapers: false, budget: VisitBudget.unlimited() };
    const aroundX = collaborationNetwork(graph, [author('X')], options);
    const aroundD = collaborationNetwork(graph, [author('D')], { ...options, depth: 1 });
    const years = (network: Network) => network.edges.map(({ firstYear, lastYear }) => `${firstYear}–${lastYear}`);
    // X-A: p1 and p2; X-B: p3; X-C: p4; A-D: p5; B-D: p6.
    expect(years(aroundX)).toEqual(['2001–2002', '2003–2003', '2004–2004', '2005–2005', '2006–2006']);
    expect([nodesOf(aroundD), years(aroundD)]).toEqual([['D@0', 'A@1', 'B@1'], ['2005–2005', '2006–2006']]);
    expect(edgesOf(collaborationNetwork(graph, [author('X')], options))).toEqual(edgesOf(aroundX));
  });

  it('charges a visit for each paper of a kept author and each author of their papers in the range, once per author', () => {
    // X: 4 papers + 3 bylines of 2; A: 3 papers + p2's 2; B: 2 + p3's 2; C: 1 + p4's 2.
    const budget = VisitBudget.unlimited();
    networkAround('X', { depth: 2, years: { from: 2002, to: 2004 }, budget });
    expect(budget.used).toBe(10 + 5 + 4 + 3);
  });

  it('stops with BudgetExceededError when it needs more visits than allowed', () => {
    expect(() => networkAround('X', { depth: 2, budget: new VisitBudget(5) })).toThrow(BudgetExceededError);
  });
});
