import type { CoauthorGraph } from './CoauthorGraph.ts';
import type { VisitBudget } from './VisitBudget.ts';

/**
 * A whole-graph computation that runs at most once per snapshot. The request
 * that first asks pays for it out of its budget; if that runs out nothing is
 * kept, so the next request tries again under its own budget.
 *
 * @example
 * export const components = perSnapshot((graph, budget) => label(graph, budget));
 */
export function perSnapshot<T>(
  compute: (graph: CoauthorGraph, budget: VisitBudget) => T,
): (graph: CoauthorGraph, budget: VisitBudget) => T {
  const results = new WeakMap<CoauthorGraph, T>();
  return (graph, budget) => {
    if (results.has(graph)) return results.get(graph)!;
    const result = compute(graph, budget);
    results.set(graph, result);
    return result;
  };
}
