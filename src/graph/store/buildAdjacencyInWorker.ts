import { Worker } from 'node:worker_threads';
import type { AdjacencySource, CoauthorAdjacency } from './coauthorAdjacency.ts';

/**
 * `buildAdjacency(source)` run on a worker thread, so that a load builds
 * the coauthor adjacency (on a million papers, the longest of its indexes)
 * on the second core while the first builds the others. The worker gets a
 * copy of the author ↔ paper rows and hands the adjacency's arrays back
 * without copying them. A worker that fails rejects with its error.
 *
 * @example coauthorAdjacency.remember(graph, await buildAdjacencyInWorker(adjacencySourceOf(graph)));
 */
export function buildAdjacencyInWorker(source: AdjacencySource): Promise<CoauthorAdjacency> {
  // A plain JavaScript entry that loads the TypeScript itself: a worker does not inherit the loader its parent was started with.
  const worker = new Worker(new URL('./adjacencyWorker.mjs', import.meta.url), { workerData: source, execArgv: [] });
  return new Promise((resolve, reject) => {
    let built: CoauthorAdjacency | undefined;
    worker.once('message', (adjacency: CoauthorAdjacency) => (built = adjacency));
    worker.once('error', reject);
    worker.once('exit', (code) => (built === undefined ? reject(new Error(`the coauthor adjacency's worker thread stopped (exit code ${code}) before it was built`)) : resolve(built)));
  });
}
