import type { CoauthorGraph } from '../graph/store/CoauthorGraph.ts';
import { VisitBudget } from '../graph/algorithms/VisitBudget.ts';
import type { TimeSlicer } from '../execution/TimeSlicer.ts';
import type { Author } from '../graph/store/Author.ts';
import type { Curator } from '../curation/Curator.ts';
import { createLoaders, type Loaders } from './createLoaders.ts';

/** Whether a request may change the graph, and if not, why not. */
export type WriteAccess =
  | { readonly kind: 'read-only' }
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'unknown-token' }
  | { readonly kind: 'foreign-origin'; readonly origin: string }
  | { readonly kind: 'writer'; readonly name: string; readonly curator: Curator };

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
  readonly access: WriteAccess;
  /** The version of `graph` when the server keeps a journal (`--store`), else undefined. */
  readonly graphVersion: number | undefined;
  /** The server's curator when it keeps a journal (`--store`): what `graphChanged` listens to. */
  readonly curator: Curator | undefined;
  /** The author of `id` in `graph` (the context's), following an id a merge took away to its survivor. */
  readonly authorOf: (graph: CoauthorGraph, id: string) => Author | undefined;
}

/**
 * A fresh context for one request. The snapshot is taken once here, so a
 * request reads one graph from start to end even if a reload swaps it; only
 * a mutation moves its own request on to the graph it made (`moveContextTo`).
 */
export function createContext(
  graph: CoauthorGraph,
  visitBudget: number,
  slicer: TimeSlicer,
  { access = { kind: 'read-only' }, curator }: { readonly access?: WriteAccess; readonly curator?: Curator | undefined } = {},
): Context {
  let stop: AbortSignal | undefined;
  const context: Context = {
    graph,
    loaders: createLoaders(graph),
    budget: new VisitBudget(visitBudget),
    yieldPoint: () => slicer.yieldPoint(stop),
    beginExecution: (signal) => {
      stop = signal;
      slicer.begin();
    },
    access,
    graphVersion: curator?.versionOf(graph),
    curator,
    authorOf: (at, id) => (curator === undefined ? at.authorById(id) : curator.authorOf(at, id)),
  };
  return context;
}

/**
 * After a mutation: the rest of the request (its payload) reads `graph`, at
 * `version`, the graph the change made. Changes the request's context in
 * place, as the resolvers still to run hold that object.
 *
 * @example moveContextTo(context, applied.graph, applied.version);
 */
export function moveContextTo(context: Context, graph: CoauthorGraph, version: number): void {
  Object.assign(context, { graph, loaders: createLoaders(graph), graphVersion: version } satisfies Partial<Context>);
}
