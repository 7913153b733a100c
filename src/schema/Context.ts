import type { CoauthorGraph } from '../graph/CoauthorGraph.ts';
import { createLoaders, type Loaders } from './createLoaders.ts';

/** What every resolver of one request sees: one snapshot, and loaders over it. */
export interface Context {
  readonly graph: CoauthorGraph;
  readonly loaders: Loaders;
}

/**
 * A fresh context for one request. The snapshot is taken once here, so a
 * request reads one graph from start to end even if a reload swaps it.
 */
export function createContext(graph: CoauthorGraph): Context {
  return { graph, loaders: createLoaders(graph) };
}
