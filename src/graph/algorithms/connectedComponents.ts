import { coauthorAdjacency } from '../store/coauthorAdjacency.ts';
import { perSnapshot } from '../store/perSnapshot.ts';
import { OFFLINE_STATISTICS, type VisitBudget } from './VisitBudget.ts';

/** The connected components of the coauthor graph; an author without coauthors is a component alone. */
export interface Components {
  /** The component of every author, by author index. Components are numbered in order of their first author. */
  readonly componentOf: Uint32Array;
  /** The number of authors in each component. */
  readonly sizes: readonly number[];
  /** The largest component (the first one, if several are as large). */
  readonly largest: number;
  /** Its authors' indices, ascending (name order). */
  readonly largestMembers: readonly number[];
}

/**
 * Labels the components by breadth-first search; computed once per snapshot.
 *
 * @example
 * const { sizes, largest } = connectedComponents(graph, budget);
 * sizes[largest] // 4158 for SNAP's CA-GrQc
 */
export const connectedComponents = perSnapshot((graph, budget: VisitBudget): Components => {
  const { offsets, neighbours } = coauthorAdjacency(graph);
  const authorCount = graph.authorCount;
  budget.spend(authorCount + neighbours.length, { name: 'the connected components', advice: OFFLINE_STATISTICS });
  const unlabelled = 0xffffffff;
  const componentOf = new Uint32Array(authorCount).fill(unlabelled);
  const queue = new Uint32Array(authorCount);
  const sizes: number[] = [];
  for (let start = 0; start < authorCount; start++) {
    if (componentOf[start] !== unlabelled) continue;
    const component = sizes.length;
    componentOf[start] = component;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      const u = queue[head++]!;
      for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
        const v = neighbours[k]!;
        if (componentOf[v] !== unlabelled) continue;
        componentOf[v] = component;
        queue[tail++] = v;
      }
    }
    sizes.push(tail);
  }
  const largest = sizes.reduce((best, size, c) => (size > sizes[best]! ? c : best), 0);
  const largestMembers: number[] = [];
  componentOf.forEach((c, u) => {
    if (c === largest) largestMembers.push(u);
  });
  return { componentOf, sizes, largest, largestMembers };
});
