import { describe, expect, it } from 'vitest';
import { collaborationPath, type PathResult } from '../src/graph/algorithms/collaborationPath.ts';
import { BudgetExceededError, VisitBudget } from '../src/graph/algorithms/VisitBudget.ts';
import { smallGraph } from './support/smallGraph.ts';

function pathBetween(bylines: string[][], from: string, to: string, maxLength = 6, budget = VisitBudget.unlimited()) {
  const [graph, author] = smallGraph(bylines);
  return describePath(collaborationPath(graph, author(from), author(to), { maxLength, budget }));
}

function describePath(result: PathResult) {
  if (!result.found) return result.reason;
  return {
    authors: result.authors.map((author) => author.name),
    papers: result.hops.map((hop) => hop.papers.map((paper) => paper.id)),
  };
}

// Hand-made graphs: each inner list is one paper's byline, p1 the first.
const DIAMOND = [['A', 'B'], ['A', 'C'], ['B', 'D'], ['C', 'D']];

describe('collaborationPath', () => {
  it('goes through the alphabetically first author when two paths are as short', () => {
    expect(pathBetween(DIAMOND, 'A', 'D')).toEqual({ authors: ['A', 'B', 'D'], papers: [['p1'], ['p3']] });
    expect(pathBetween(DIAMOND, 'D', 'A')).toEqual({ authors: ['D', 'B', 'A'], papers: [['p3'], ['p1']] });
  });

  it('chooses the first step before the later ones, and never a dead end', () => {
    // A–Ba–Cz–E and A–Bz–Ca–E are both three steps; B is a dead end next to A.
    const bylines = [['A', 'Bz'], ['Bz', 'Ca'], ['Ca', 'E'], ['A', 'Ba'], ['Ba', 'Cz'], ['Cz', 'E'], ['A', 'B']];
    expect(pathBetween(bylines, 'A', 'E')).toEqual({ authors: ['A', 'Ba', 'Cz', 'E'], papers: [['p4'], ['p5'], ['p6']] });
    expect(pathBetween(bylines, 'E', 'A')).toEqual({ authors: ['E', 'Ca', 'Bz', 'A'], papers: [['p3'], ['p2'], ['p1']] });
  });

  it('finds an odd-length shortest path when the searches meet inside a layer', () => {
    const chain = [['A', 'B'], ['B', 'C'], ['C', 'D'], ['D', 'E'], ['E', 'F']];
    expect(pathBetween(chain, 'A', 'F')).toEqual({
      authors: ['A', 'B', 'C', 'D', 'E', 'F'],
      papers: [['p1'], ['p2'], ['p3'], ['p4'], ['p5']],
    });
  });

  it('lists every shared paper of a step, newest first', () => {
    // Paper n is published in 2000 + n, so p3 is the newest.
    expect(pathBetween([['A', 'B'], ['B', 'C'], ['A', 'B', 'X']], 'A', 'C')).toEqual({
      authors: ['A', 'B', 'C'],
      papers: [['p3', 'p1'], ['p2']],
    });
  });

  it('gives a path of length 0 from an author to themself', () => {
    expect(pathBetween(DIAMOND, 'B', 'B')).toEqual({ authors: ['B'], papers: [] });
  });

  it('says NOT_CONNECTED for authors in different components', () => {
    expect(pathBetween([['A', 'B'], ['C', 'D']], 'A', 'D')).toBe('NOT_CONNECTED');
    expect(pathBetween([['A', 'B'], ['C']], 'C', 'A')).toBe('NOT_CONNECTED');
  });

  it('says LONGER_THAN_MAX_LENGTH when the only paths are longer', () => {
    const chain = [['A', 'B'], ['B', 'C'], ['C', 'D']];
    expect(pathBetween(chain, 'A', 'D', 2)).toBe('LONGER_THAN_MAX_LENGTH');
    expect(pathBetween(chain, 'A', 'D', 3)).toEqual({ authors: ['A', 'B', 'C', 'D'], papers: [['p1'], ['p2'], ['p3']] });
  });

  it('stops with BudgetExceededError when the search needs more visits than allowed', () => {
    const chain = [['A', 'B'], ['B', 'C'], ['C', 'D'], ['D', 'E']];
    expect(() => pathBetween(chain, 'A', 'E', 6, new VisitBudget(3))).toThrow(BudgetExceededError);
  });
});
