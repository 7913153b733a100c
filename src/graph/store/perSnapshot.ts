import type { CoauthorGraph } from './CoauthorGraph.ts';

/**
 * A whole-graph computation that runs at most once per snapshot, its result
 * kept for the snapshot's lifetime. The caller that first asks pays for it
 * (out of its visit budget, when the computation takes one); if it throws,
 * nothing is kept, so the next caller tries again under its own budget.
 *
 * @example
 * export const components = perSnapshot((graph, budget: VisitBudget) => label(graph, budget));
 * export const adjacency = perSnapshot((graph) => build(graph.parts));
 */
export function perSnapshot<T, Rest extends unknown[] = []>(
  compute: (graph: CoauthorGraph, ...rest: Rest) => T,
): (graph: CoauthorGraph, ...rest: Rest) => T {
  const results = new WeakMap<CoauthorGraph, T>();
  return (graph, ...rest) => {
    if (results.has(graph)) return results.get(graph)!;
    const result = compute(graph, ...rest);
    results.set(graph, result);
    return result;
  };
}
