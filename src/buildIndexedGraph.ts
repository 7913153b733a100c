import { availableParallelism } from 'node:os';
import type { IdentityResolution, IdentityResolver } from './graph/identity/IdentityResolver.ts';
import { searchIndex, searchIndexWith } from './graph/search/searchIndex.ts';
import { type BuildBeside, buildGraphInSteps } from './graph/store/buildGraph.ts';
import type { CoauthorGraph } from './graph/store/CoauthorGraph.ts';
import { authorsByPaperCount } from './graph/store/authorsByPaperCount.ts';
import { type AdjacencySource, adjacencySourceOf, coauthorAdjacency } from './graph/store/coauthorAdjacency.ts';
import { collectGarbage } from './graph/store/collectGarbage.ts';
import { type AdjacencyInWorker, adjacencyJobInWorker } from './graph/store/adjacencyJobInWorker.ts';
import { type PaperIndexesInWorker, paperIndexesInWorker } from './graph/store/paperIndexesInWorker.ts';
import type { PaperColumns } from './graph/store/PaperColumns.ts';
import type { PaperIndexes } from './graph/store/paperIndexes.ts';
import { paperOrders } from './graph/store/paperOrders.ts';
import { runAtOnce } from './graph/store/steps/runAtOnce.ts';
import { runInSlices } from './graph/store/steps/runInSlices.ts';
import type { Steps } from './graph/store/steps/Steps.ts';
import type { CompactColumns } from './ingest/CompactRecordsBuilder.ts';
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
  /**
   * Whether the build runs while the server answers queries (a rebuild
   * after a change): then it never stops them for a full garbage
   * collection, which a load that no query waits for makes to keep its
   * peak memory down (see `collectGarbage`), nor for the copy of the
   * papers' titles and dates that making the paper indexes on a thread of
   * their own takes (0.1 s at a million papers): it makes them in slices here.
   */
  readonly whileServing?: boolean | undefined;
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
  const { inSlices = false, indexed = false, progress, threads = availableParallelism(), whileServing = false } = options;
  const run = <T>(steps: Steps<T>): T | Promise<T> => (inSlices ? runInSlices(steps) : runAtOnce(steps));
  const beside = indexed && threads > 1 ? new IndexesBeside(whileServing) : undefined;
  const built = buildGraphOf(records, resolveIdentities, run, options, beside);
  if (!indexed) return built;
  return built.then(
    async (graph) => {
      beside?.makeRoom();
      await index(graph, run, progress, beside?.started ?? {});
      return graph;
    },
    (error: unknown) => {
      beside?.stop();
      throw error;
    },
  );
}

async function buildGraphOf(
  records: readonly PaperRecord[],
  resolveIdentities: IdentityResolver,
  run: <T>(steps: Steps<T>) => T | Promise<T>,
  { progress, maxAuthorsPerPaper }: BuildOptions,
  beside: BuildBeside | undefined,
): Promise<CoauthorGraph> {
  const steps = buildGraphInSteps(records, {
    resolveIdentities: progress === undefined ? resolveIdentities : inPhases(resolveIdentities, progress),
    maxAuthorsPerPaper,
    beside,
  });
  // The build orders the papers before it resolves identities; the resolver announces the phases from there.
  return run(stepsInPhase(steps, 'ordering papers', progress));
}

// From this many authorships on, the coauthor adjacency is built on a
// worker thread while this one builds the other indexes, and from this many
// papers on, the paper indexes: below them, starting a worker (about 0.2 s)
// costs more than it saves.
const ADJACENCY_WORKER_AUTHORSHIPS = 1 << 20;
const PAPER_INDEXES_WORKER_PAPERS = 1 << 18;

/** Indexes being made on other threads, for `index` to take rather than make. */
export interface IndexesInWorker {
  readonly adjacency?: AdjacencyInWorker | undefined;
  readonly papers?: PaperIndexesInWorker | undefined;
  /** Whether this thread collects its garbage before it waits for the adjacency (see `BuildOptions.whileServing`). */
  readonly collect?: boolean;
}

/**
 * The indexes a large build starts on other threads as soon as their input
 * is made (see `BuildBeside`): the paper indexes (`PaperIndexes`) from the
 * records' titles and dates, before anything else, on a thread of their
 * own, told the papers' order once it is made; then the coauthor adjacency
 * from the author ↔ paper rows, half-way through, on the adjacency's worker
 * thread. The second core works through both while this thread orders the
 * papers, resolves identities and builds the rest of the graph.
 */
class IndexesBeside implements BuildBeside {
  readonly started: { -readonly [K in keyof IndexesInWorker]: IndexesInWorker[K] };

  /** Set to 1 once the adjacency is started: the titles' postings, if not made yet, are then made here. */
  readonly #giveUpTitles = new Int32Array(new SharedArrayBuffer(4));

  /** See `BuildOptions.whileServing`. */
  readonly #whileServing: boolean;

  constructor(whileServing: boolean) {
    this.#whileServing = whileServing;
    this.started = { collect: !whileServing };
  }

  records({ text: { title, published } }: CompactColumns): void {
    if (this.#whileServing || title.length < PAPER_INDEXES_WORKER_PAPERS) return;
    // Started before the papers are ordered, a second or so at a million papers, which it spends folding their titles.
    const papers = paperIndexesInWorker({ title, published }, this.#giveUpTitles);
    papers.made.catch(() => undefined);
    this.started.papers = papers;
  }

  papers(columns: PaperColumns): void {
    this.started.papers?.inPaperOrder(columns.rows);
  }

  rows(source: AdjacencySource): void {
    if (source.paperAuthors.length < ADJACENCY_WORKER_AUTHORSHIPS) return;
    // The build's garbage so far goes before the adjacency's arrays are written beside the rest of it (see `collectGarbage`).
    if (!this.#whileServing) collectGarbage();
    // The adjacency is the longest index: the titles' postings, if not made yet, give it the second core and are made here, by a thread done with the build sooner.
    Atomics.store(this.#giveUpTitles, 0, 1);
    this.started.adjacency = startAdjacency(source);
  }

  authorsAdded(): void {
    this.makeRoom();
  }

  /**
   * Makes room for the rest of the build and the indexes, when the
   * adjacency is being built beside them: its arrays grow on the worker
   * thread while the build's garbage would wait here for a collection.
   */
  makeRoom(): void {
    if (!this.#whileServing && this.started.adjacency !== undefined) collectGarbage();
  }

  /** Gives up the jobs started, for a build that failed. */
  stop(): void {
    this.started.papers?.stop();
    this.started.adjacency?.stop();
  }
}

/** The adjacency of `source` started on the worker thread, its failure before it is awaited not an unhandled rejection: `index` builds it here then. */
function startAdjacency(source: AdjacencySource): AdjacencyInWorker {
  const job = adjacencyJobInWorker({ kind: 'build', source });
  job.built.catch(() => undefined);
  return job;
}

/**
 * Builds the indexes of `graph` now (see `BuildOptions.indexed`), taking
 * those `inWorker` is making on the worker thread; by default the coauthor
 * adjacency is built there, beside the others, when the machine has the
 * cores and the graph is large (`ADJACENCY_WORKER_AUTHORSHIPS`). Should the
 * worker fail, an index is made here after all: the same arrays, later.
 *
 * @example await index(graph, runAtOnce, undefined);
 */
export async function index(
  graph: CoauthorGraph,
  run: <T>(steps: Steps<T>) => T | Promise<T>,
  progress: ProgressLine | undefined,
  inWorker: IndexesInWorker = adjacencyInWorker(graph),
): Promise<void> {
  try {
    await run(
      (function* () {
        if (inWorker.adjacency === undefined) yield* stepsInPhase(coauthorAdjacency.inSteps(graph), 'building the coauthor adjacency', progress);
        if (inWorker.papers === undefined) yield* paperIndexesHere(graph, progress);
        yield* stepsInPhase(authorsByPaperCount.inSteps(graph), 'ordering authors by paper count', progress);
      })(),
    );
    if (inWorker.papers !== undefined) {
      progress?.phase('building the search index');
      const made = await inWorker.papers.made.catch(() => undefined);
      await run(made === undefined ? paperIndexesHere(graph, progress) : withPaperIndexes(graph, made));
    }
  } catch (error) {
    inWorker.papers?.stop();
    inWorker.adjacency?.stop();
    throw error;
  }
  if (inWorker.adjacency !== undefined) {
    progress?.phase('building the coauthor adjacency');
    // All this thread has left is to wait for the worker: the garbage of the indexes built here goes now, not once the adjacency's arrays are full beside it.
    if (inWorker.collect === true) collectGarbage();
    const made = await inWorker.adjacency.built.catch(() => undefined);
    if (made === undefined) await run(coauthorAdjacency.inSteps(graph));
    else coauthorAdjacency.remember(graph, made);
  }
  await run(stepsInPhase(graphBounds.inSteps(graph), 'measuring the longest lists', progress));
}

/** The search index and the paper orders of `graph` made on this thread. */
function* paperIndexesHere(graph: CoauthorGraph, progress: ProgressLine | undefined): Steps<void> {
  yield* stepsInPhase(searchIndex.inSteps(graph), 'building the search index', progress);
  yield* stepsInPhase(paperOrders.inSteps(graph), 'ordering papers by date and title', progress);
}

/** Keeps the paper orders the worker made as `graph`'s, and makes its search index with the worker's title postings, or with its own should the worker have given them up. */
function* withPaperIndexes(graph: CoauthorGraph, { orders, titles }: PaperIndexes): Steps<void> {
  paperOrders.remember(graph, orders);
  if (titles === undefined) yield* searchIndex.inSteps(graph);
  else searchIndex.remember(graph, yield* searchIndexWith(graph, titles));
}

/**
 * The coauthor adjacency of a graph loaded whole (a snapshot's, say) started
 * on the worker thread, when the machine has two cores and the graph
 * `ADJACENCY_WORKER_AUTHORSHIPS` authorships and no adjacency yet.
 */
function adjacencyInWorker(graph: CoauthorGraph): IndexesInWorker {
  if (availableParallelism() < 2 || graph.parts.paperAuthors.length < ADJACENCY_WORKER_AUTHORSHIPS || graph.parts.coauthors !== undefined) return {};
  return { adjacency: startAdjacency(adjacencySourceOf(graph)) };
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
