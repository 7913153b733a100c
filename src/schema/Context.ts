import type { CoauthorGraph } from '../graph/store/CoauthorGraph.ts';
import { VisitBudget } from '../graph/algorithms/VisitBudget.ts';
import { createLoaders, type Loaders } from './createLoaders.ts';

/** What every resolver of one request sees: one snapshot, loaders over it, and its algorithms' budget. */
export interface Context {
  readonly graph: CoauthorGraph;
  readonly loaders: Loaders;
  /** Node visits the graph algorithms of this request may make between them. */
  readonly budget: VisitBudget;
}

/**
 * A fresh context for one request. The snapshot is taken once here, so a
 * request reads one graph from start to end even if a reload swaps it.
 */
export function createContext(graph: CoauthorGraph, visitBudget: number): Context {
  return { graph, loaders: createLoaders(graph), budget: new VisitBudget(visitBudget) };
}
