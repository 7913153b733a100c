import { Worker } from 'node:worker_threads';
import type { PaperIndexes, PaperIndexSource } from './paperIndexes.ts';

/** Paper indexes being made on a thread of their own, and how to stop it when they are no longer wanted. */
export interface PaperIndexesInWorker {
  /** The indexes; rejects with the thread's error, or when it stops before they are made. */
  readonly made: Promise<PaperIndexes>;
  /** Tells the thread the papers' order, which it waits for: paper p is stored row `rows[p]` of the source's columns. */
  inPaperOrder(rows: Uint32Array): void;
  stop(): void;
}

/**
 * `makePaperIndexes` run on a thread of its own, so that a large load makes
 * the paper orders and the titles' postings on a second core while it
 * orders the papers, resolves identities and builds the graph: the thread
 * folds the titles as soon as it has them (`PaperSearchText.foldTitles`),
 * then waits for the papers' order (`inPaperOrder`). The columns' text is
 * copied to it (a few hundred MB at seven million papers); the thread ends
 * once it has handed the indexes back (moved, not copied), and the memory
 * it took goes with it. `giveUp` (shared memory) set to 1 has it give up the
 * titles' postings, not yet made, for the coauthor adjacency to have the
 * core (see `PaperIndexes`).
 *
 * @example const papers = paperIndexesInWorker({ title, published }, new Int32Array(new SharedArrayBuffer(4))); papers.inPaperOrder(rows);
 */
export function paperIndexesInWorker(source: PaperIndexSource, giveUp: Int32Array): PaperIndexesInWorker {
  // A plain JavaScript entry that loads the TypeScript itself: a worker does not inherit the loader its parent was started with.
  const worker = new Worker(new URL('./paperIndexesWorker.mjs', import.meta.url), { workerData: { source, giveUp }, execArgv: [] });
  const made = new Promise<PaperIndexes>((resolve, reject) => {
    let result: PaperIndexes | undefined;
    worker.once('message', (indexes: PaperIndexes) => (result = indexes));
    worker.once('error', reject);
    worker.once('exit', (code) => (result === undefined ? reject(new Error(`the paper indexes' worker thread stopped (exit code ${code}) before it was done`)) : resolve(result)));
  });
  return { made, inPaperOrder: (rows) => worker.postMessage(rows), stop: () => void worker.terminate() };
}
