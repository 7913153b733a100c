import type { CoauthorGraph } from '../CoauthorGraph.ts';
import { runAtOnce } from './runAtOnce.ts';
import type { Steps } from './Steps.ts';

/** A per-snapshot computation that can be asked for at once or as steps; both keep the result. */
export interface PerSnapshotInSteps<T> {
  (graph: CoauthorGraph): T;
  /** The same result as steps, for a server to compute it in slices while it loads. */
  inSteps(graph: CoauthorGraph): Steps<T>;
  /** Keeps a result computed elsewhere (read from a snapshot file, built on a worker thread) as the snapshot's. */
  remember(graph: CoauthorGraph, result: T): void;
}

/**
 * Like `perSnapshot`, for a whole-graph computation long enough that a
 * loading server runs it in slices: whichever way it is first asked for, it
 * runs once per snapshot and its result is kept for the snapshot's lifetime.
 *
 * @example
 * export const adjacency = perSnapshotInSteps((graph) => buildAdjacency(graph.parts));
 * await runInSlices(adjacency.inSteps(graph)); adjacency(graph); // computed once
 */
export function perSnapshotInSteps<T>(compute: (graph: CoauthorGraph) => Steps<T>): PerSnapshotInSteps<T> {
  const results = new WeakMap<CoauthorGraph, T>();
  function* inSteps(graph: CoauthorGraph): Steps<T> {
    if (results.has(graph)) return results.get(graph)!;
    const result = yield* compute(graph);
    results.set(graph, result);
    return result;
  }
  const remember = (graph: CoauthorGraph, result: T) => void results.set(graph, result);
  return Object.assign((graph: CoauthorGraph) => runAtOnce(inSteps(graph)), { inSteps, remember });
}
