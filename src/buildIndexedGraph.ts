import { availableParallelism } from 'node:os';
import type { IdentityResolution, IdentityResolver } from './graph/identity/IdentityResolver.ts';
import { searchIndex } from './graph/search/searchIndex.ts';
import { buildGraphInSteps } from './graph/store/buildGraph.ts';
import type { CoauthorGraph } from './graph/store/CoauthorGraph.ts';
import { authorsByPaperCount } from './graph/store/authorsByPaperCount.ts';
import { adjacencySourceOf, coauthorAdjacency } from './graph/store/coauthorAdjacency.ts';
import { adjacencyJobInWorker } from './graph/store/adjacencyJobInWorker.ts';
import { paperOrders } from './graph/store/paperOrders.ts';
import { runAtOnce } from './graph/store/steps/runAtOnce.ts';
import { runInSlices } from './graph/store/steps/runInSlices.ts';
import type { Steps } from './graph/store/steps/Steps.ts';
import type { PaperRecord } from './ingest/PaperRecord.ts';
import { graphBounds } from './limits/graphBounds.ts';
import type { ProgressLine } from './progress/createProgressLine.ts';
import { stepsInPhase } from './progress/stepsInPhase.ts';

export interface BuildOptions {
  /** In slices between which the event loop turns, for a server that answers requests meanwhile; else at once. */
  readonly inSlices?: boolean;
  /** The coauthor adjacency, the search index, the paper and author orders and the cost bounds built now, not by the first request that needs them. */
  readonly indexed?: boolean;
  /** Where to show each phase of the build and how far it is. */
  readonly progress?: ProgressLine | undefined;
  /** Papers with more authors pair none of them; the graph's default when undefined. */
  readonly maxAuthorsPerPaper?: number | undefined;
  /** Threads the build may keep busy (see `LoadOptions.threads`); the machine's cores when undefined. */
  readonly threads?: number | undefined;
}

/**
 * The graph of `records` with identities resolved by `resolveIdentities`,
 * at once or in slices, indexed or not (see `BuildOptions`): the build a
 * load from paper files and a rebuild after a change share.
 *
 * @example const graph = await buildIndexedGraph(records, resolveByNameKey, { inSlices: true, indexed: true });
 */
export function buildIndexedGraph(records: readonly PaperRecord[], resolveIdentities: IdentityResolver, options: BuildOptions = {}): Promise<CoauthorGraph> {
  // Not async, and nothing below holds `records`: once the graph is built,
  // what it does not keep of them (the record views, the numbered bylines)
  // can be collected while the indexes are built.
  const { inSlices = false, indexed = false, progress, threads = availableParallelism() } = options;
  const run = <T>(steps: Steps<T>): T | Promise<T> => (inSlices ? runInSlices(steps) : runAtOnce(steps));
  const built = buildGraphOf(records, resolveIdentities, run, options);
  if (!indexed) return built;
  return built.then(async (graph) => {
    await index(graph, run, progress, adjacencyInWorker(graph, threads));
    return graph;
  });
}

async function buildGraphOf(
  records: readonly PaperRecord[],
  resolveIdentities: IdentityResolver,
  run: <T>(steps: Steps<T>) => T | Promise<T>,
  { progress, maxAuthorsPerPaper }: BuildOptions,
): Promise<CoauthorGraph> {
  const steps = buildGraphInSteps(records, {
    resolveIdentities: progress === undefined ? resolveIdentities : inPhases(resolveIdentities, progress),
    maxAuthorsPerPaper,
  });
  // The build orders the papers before it resolves identities; the resolver announces the phases from there.
  return run(stepsInPhase(steps, 'ordering papers', progress));
}

// From this many authorships on, the coauthor adjacency is built on a
// worker thread while this one builds the other indexes: below it, starting
// a worker (about 0.2 s) costs more than it saves.
const ADJACENCY_WORKER_AUTHORSHIPS = 1 << 20;

/**
 * Builds the indexes of `graph` now (see `BuildOptions.indexed`): the
 * coauthor adjacency on a worker thread, beside the others, when `inWorker`
 * says so, by default as `adjacencyInWorker` decides for the machine's
 * cores. Should the worker fail,
 * the adjacency is built here after all: the same arrays, later.
 *
 * @example await index(graph, runAtOnce, undefined);
 */
export async function index(
  graph: CoauthorGraph,
  run: <T>(steps: Steps<T>) => T | Promise<T>,
  progress: ProgressLine | undefined,
  inWorker = adjacencyInWorker(graph, availableParallelism()),
): Promise<void> {
  const worker = inWorker ? adjacencyJobInWorker({ kind: 'build', source: adjacencySourceOf(graph) }) : undefined;
  // Awaited once the other indexes are built; a failure before then is not an unhandled rejection.
  worker?.built.catch(() => undefined);
  try {
    await run(
      (function* () {
        if (worker === undefined) yield* stepsInPhase(coauthorAdjacency.inSteps(graph), 'building the coauthor adjacency', progress);
        yield* stepsInPhase(searchIndex.inSteps(graph), 'building the search index', progress);
        yield* stepsInPhase(paperOrders.inSteps(graph), 'ordering papers by date and title', progress);
        yield* stepsInPhase(authorsByPaperCount.inSteps(graph), 'ordering authors by paper count', progress);
      })(),
    );
  } catch (error) {
    worker?.stop();
    throw error;
  }
  if (worker !== undefined) {
    progress?.phase('building the coauthor adjacency');
    const built = await worker.built.catch(() => undefined);
    if (built === undefined) await run(coauthorAdjacency.inSteps(graph));
    else coauthorAdjacency.remember(graph, built);
  }
  await run(stepsInPhase(graphBounds.inSteps(graph), 'measuring the longest lists', progress));
}

/**
 * Whether `index` builds the adjacency of `graph` on a worker thread when
 * the build may keep `threads` threads busy: from two, when the graph has
 * `ADJACENCY_WORKER_AUTHORSHIPS` authorships and no adjacency yet.
 */
function adjacencyInWorker(graph: CoauthorGraph, threads: number): boolean {
  return threads > 1 && graph.parts.paperAuthors.length >= ADJACENCY_WORKER_AUTHORSHIPS && graph.parts.coauthors === undefined;
}

/** `resolver`, announcing on `progress` that identities are being resolved and, once they are, that the graph is being built. */
function inPhases(resolver: IdentityResolver, progress: ProgressLine): IdentityResolver {
  function* inSteps(records: readonly PaperRecord[]): Steps<IdentityResolution> {
    const resolution = yield* stepsInPhase(resolver.inSteps?.(records) ?? atOnce(() => resolver(records)), 'resolving identities', progress);
    progress.phase('building the graph');
    return resolution;
  }
  return Object.assign((records: readonly PaperRecord[]) => resolver(records), { inSteps });
}

function* atOnce<T>(compute: () => T): Steps<T> {
  return compute();
}
