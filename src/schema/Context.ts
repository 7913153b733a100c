import type { CoauthorGraph } from '../graph/store/CoauthorGraph.ts';
import { VisitBudget } from '../graph/algorithms/VisitBudget.ts';
import type { TimeSlicer } from '../execution/TimeSlicer.ts';
import { createLoaders, type Loaders } from './createLoaders.ts';

/** What every resolver of one request sees: one snapshot, loaders over it, and its algorithms' budget. */
export interface Context {
  readonly graph: CoauthorGraph;
  readonly loaders: Loaders;
  /** Node visits the graph algorithms of this request may make between them. */
  readonly budget: VisitBudget;
  /**
   * Awaited by resolvers before they work on a list: undefined while the
   * process's time slice lasts, else a promise of a later slice (see
   * `TimeSlicer`). Throws once the operation is stopped.
   */
  readonly yieldPoint: () => Promise<void> | undefined;
  /**
   * Called as the operation starts executing: starts a time slice unless one
   * is under way, and makes `yieldPoint` throw the signal's reason once it
   * aborts (the execution timeout, a client gone).
   */
  readonly beginExecution: (signal: AbortSignal | undefined) => void;
}

/**
 * A fresh context for one request. The snapshot is taken once here, so a
 * request reads one graph from start to end even if a reload swaps it.
 */
export function createContext(graph: CoauthorGraph, visitBudget: number, slicer: TimeSlicer): Context {
  let stop: AbortSignal | undefined;
  return {
    graph,
    loaders: createLoaders(graph),
    budget: new VisitBudget(visitBudget),
    yieldPoint: () => slicer.yieldPoint(stop),
    beginExecution: (signal) => {
      stop = signal;
      slicer.begin();
    },
  };
}
