import { Worker } from 'node:worker_threads';
import type { AdjacencySource, CoauthorAdjacency } from './coauthorAdjacency.ts';

/** An adjacency being built on a worker thread, and how to stop it when it is no longer wanted. */
export interface AdjacencyInWorker {
  /** The adjacency; rejects with the worker's error, or when the worker stops before it is built. */
  readonly built: Promise<CoauthorAdjacency>;
  stop(): void;
}

/**
 * `buildAdjacency(source)` run on a worker thread, so that a load builds
 * the coauthor adjacency (on a million papers, the longest of its indexes)
 * on a second core while the first builds the others. Rows in shared
 * memory (as a built graph holds them) are read in place; others, such as
 * a snapshot's, are copied to the worker. The adjacency's arrays come back
 * without a copy.
 *
 * @example coauthorAdjacency.remember(graph, await buildAdjacencyInWorker(adjacencySourceOf(graph)).built);
 */
export function buildAdjacencyInWorker(source: AdjacencySource): AdjacencyInWorker {
  // A plain JavaScript entry that loads the TypeScript itself: a worker does not inherit the loader its parent was started with.
  const worker = new Worker(new URL('./adjacencyWorker.mjs', import.meta.url), { workerData: source, execArgv: [] });
  const built = new Promise<CoauthorAdjacency>((resolve, reject) => {
    let adjacency: CoauthorAdjacency | undefined;
    worker.once('message', (message: CoauthorAdjacency) => (adjacency = message));
    worker.once('error', reject);
    worker.once('exit', (code) => (adjacency === undefined ? reject(new Error(`the coauthor adjacency's worker thread stopped (exit code ${code}) before it was built`)) : resolve(adjacency)));
  });
  return { built, stop: () => void worker.terminate() };
}
