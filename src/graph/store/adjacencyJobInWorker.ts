import { Worker } from 'node:worker_threads';
import type { AdjacencySource, CoauthorAdjacency } from './coauthorAdjacency.ts';
import type { RowPatch } from './delta/patchAdjacency.ts';
import type { Renumbering } from './delta/Renumbering.ts';

/** What a worker thread makes: the adjacency of author ↔ paper rows (`buildAdjacency`), or the one a change makes of another (`patchAdjacency`). */
export type AdjacencyJob =
  | { readonly kind: 'build'; readonly source: AdjacencySource }
  | { readonly kind: 'patch'; readonly adjacency: CoauthorAdjacency; readonly renumbering: Renumbering; readonly patches: ReadonlyMap<number, RowPatch> };

/** An adjacency being made on a worker thread, and how to stop it when it is no longer wanted. */
export interface AdjacencyInWorker {
  /** The adjacency; rejects with the job's error, or when the worker stops before it is made. */
  readonly built: Promise<CoauthorAdjacency>;
  stop(): void;
}

/** What the worker thread answers a job with: the adjacency it made, nothing for spares made ready, or the error that stopped it. */
type Reply = { readonly job: number; readonly adjacency?: CoauthorAdjacency } | { readonly job: number; readonly error: unknown };

interface Thread {
  readonly worker: Worker;
  /** The jobs sent and not answered yet, by number. */
  readonly pending: Map<number, { resolve(adjacency: CoauthorAdjacency | undefined): void; reject(error: unknown): void }>;
}

let thread: Thread | undefined;
let jobs = 0;

/** The id of each shared buffer of an adjacency sent to be patched. */
const bufferIds = new WeakMap<SharedArrayBuffer, number>();
let buffersLent = 0;
// Told once this thread no longer holds a buffer it lent: no view on it is
// left here, so no request can read it, and the worker thread, which keeps
// the buffer, may write it again (see `SpareArrays.give`).
const letGo = new FinalizationRegistry<number>((id) => thread?.worker.postMessage({ kind: 'freed', ids: [id] }));

/**
 * `job` run on a worker thread, so that a load builds the coauthor
 * adjacency (on a million papers, the longest of its indexes), or a change
 * patches it, on a second core while the first does the rest. Arrays in
 * shared memory (as a built graph holds its rows and every adjacency) are
 * read in place; others, such as a snapshot's rows, are copied to the
 * worker. The adjacency comes back in shared memory, without a copy. The
 * thread is started by the first job and kept for the next, one job at a
 * time, so that a change starts at once (starting one takes about 0.2 s); it
 * keeps the process alive only while it has work.
 *
 * @example coauthorAdjacency.remember(graph, await adjacencyJobInWorker({ kind: 'build', source: adjacencySourceOf(graph) }).built);
 */
export function adjacencyJobInWorker(job: AdjacencyJob): AdjacencyInWorker {
  const to = thread ?? startThread();
  const number = ++jobs;
  // Sent first: a job that cannot be sent throws here, before anything waits for it or keeps the process alive.
  to.worker.postMessage({ job: number, ...job, ...(job.kind === 'patch' ? { ids: lentIds(job.adjacency) } : {}) });
  const built = answer<CoauthorAdjacency>(to, number);
  return { built, stop: () => void (to.pending.has(number) && to.worker.terminate()) };
}

/**
 * Has the worker thread make shared memory ready for the next patches, a
 * spare for each of `byteLengths` (see `SpareArrays`); resolves once it
 * is, so that a server can have it before it says it serves.
 *
 * @example await spareArraysInWorker([adjacency.neighbours.byteLength]);
 */
export async function spareArraysInWorker(byteLengths: readonly number[]): Promise<void> {
  const to = thread ?? startThread();
  const number = ++jobs;
  to.worker.postMessage({ job: number, kind: 'spares', byteLengths });
  await answer<undefined>(to, number);
}

/** What the worker thread answers job `number` with; the thread keeps the process alive until it has. */
function answer<T extends CoauthorAdjacency | undefined>(to: Thread, number: number): Promise<T> {
  const answered = new Promise<T>((resolve, reject) => to.pending.set(number, { resolve: (adjacency) => resolve(adjacency as T), reject }));
  to.worker.ref();
  return answered;
}

/** The ids of `adjacency`'s buffers (undefined for one not in shared memory, which the worker thread gets a copy of), each reported to that thread once let go here. */
function lentIds({ offsets, neighbours, weights }: CoauthorAdjacency): (number | undefined)[] {
  return [offsets, neighbours, weights].map(({ buffer }) => {
    if (!(buffer instanceof SharedArrayBuffer)) return undefined;
    let id = bufferIds.get(buffer);
    if (id === undefined) {
      bufferIds.set(buffer, (id = ++buffersLent));
      letGo.register(buffer, id);
    }
    return id;
  });
}

function startThread(): Thread {
  // A plain JavaScript entry that loads the TypeScript itself: a worker does not inherit the loader its parent was started with.
  const started: Thread = { worker: new Worker(new URL('./adjacencyWorker.mjs', import.meta.url), { execArgv: [] }), pending: new Map() };
  const { worker, pending } = started;
  worker.on('message', (reply: Reply) => {
    const waiting = pending.get(reply.job);
    // A reply after the thread was given up on answers no one.
    if (waiting === undefined) return;
    pending.delete(reply.job);
    if (pending.size === 0) worker.unref();
    if ('error' in reply) waiting.reject(reply.error);
    else waiting.resolve(reply.adjacency);
  });
  const stopped = (error: unknown) => {
    if (thread === started) thread = undefined;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on('error', stopped);
  worker.on('exit', (code) => stopped(new Error(`the coauthor adjacency's worker thread stopped (exit code ${code}) before it was made`)));
  thread = started;
  return started;
}
