import type { Author } from '../store/Author.ts';
import type { CoauthorGraph } from '../store/CoauthorGraph.ts';
import { coauthorAdjacency } from '../store/coauthorAdjacency.ts';
import type { BudgetTask, VisitBudget } from './VisitBudget.ts';

const TASK: BudgetTask = {
  name: 'the suggested collaborators',
  advice: 'this author’s coauthors have too many coauthors of their own to rank per request',
};

/** Someone `author` has not written with yet, and how many coauthors the two have in common. */
export interface SuggestedCollaborator {
  readonly author: Author;
  readonly commonCoauthors: number;
}

/**
 * Authors two hops from `author` (coauthors of coauthors who are not yet
 * coauthors), most coauthors in common first, then in name order.
 *
 * @example suggestedCollaborators(graph, author, budget)[0] // { author: …, commonCoauthors: 12 }
 */
export function suggestedCollaborators(graph: CoauthorGraph, author: Author, budget: VisitBudget): SuggestedCollaborator[] {
  const { offsets, neighbours } = coauthorAdjacency(graph);
  const u = author.index;
  const isCoauthor = new Set(neighbours.subarray(offsets[u], offsets[u + 1]));
  const common = new Map<number, number>();
  for (const v of isCoauthor) {
    budget.spend(offsets[v + 1]! - offsets[v]!, TASK);
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const w = neighbours[k]!;
      if (w !== u && !isCoauthor.has(w)) common.set(w, (common.get(w) ?? 0) + 1);
    }
  }
  return [...common]
    .sort(([a, m], [b, n]) => n - m || a - b)
    .map(([w, commonCoauthors]) => ({ author: graph.author(w), commonCoauthors }));
}
