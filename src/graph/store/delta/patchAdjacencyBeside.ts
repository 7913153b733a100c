import { availableParallelism } from 'node:os';
import { adjacencyJobInWorker, spareArraysInWorker } from '../adjacencyJobInWorker.ts';
import type { CoauthorAdjacency } from '../coauthorAdjacency.ts';
import { settled } from '../steps/settled.ts';
import type { WaitingSteps } from '../steps/Steps.ts';
import { patchAdjacency, type RowPatch } from './patchAdjacency.ts';
import type { Renumbering } from './Renumbering.ts';

// From this many row entries on, the adjacency is patched on a worker
// thread: below it, the rest of a change is not long enough to hide it.
const WORKER_ENTRIES = 1 << 22;

export interface BesideOptions {
  /** Threads the change may keep busy; the machine's cores when undefined. */
  readonly threads?: number;
  /** Row entries from which the worker thread is used; `WORKER_ENTRIES` when undefined. */
  readonly fromEntries?: number;
}

/**
 * `patchAdjacency(adjacency, renumbering, patches)`, on a worker thread,
 * started now, when there is a second core and the adjacency is large, so
 * that the rest of a change runs here meanwhile: on a million papers the
 * adjacency is most of a change's work (a quarter of a GB written anew),
 * and doing it here would hold up the requests answered between steps.
 * The steps wait for the worker (so `runInSlices` runs them); should it
 * fail, they patch here after all: the same arrays, later.
 *
 * @example const patching = patchAdjacencyBeside(coauthorAdjacency(graph), renumbering, patches); … coauthorAdjacency.remember(next, yield* patching);
 */
export function patchAdjacencyBeside(
  adjacency: CoauthorAdjacency,
  renumbering: Renumbering,
  patches: ReadonlyMap<number, RowPatch>,
  options: BesideOptions = {},
): WaitingSteps<CoauthorAdjacency> {
  if (!patchesBeside(adjacency, options)) return patchAdjacency(adjacency, renumbering, patches);
  const worker = adjacencyJobInWorker({ kind: 'patch', adjacency, renumbering, patches });
  // Waited for once the rest of the change is done; a failure before then is not an unhandled rejection.
  worker.built.catch(() => undefined);
  return (function* () {
    try {
      return yield* settled(worker.built);
    } catch {
      return yield* patchAdjacency(adjacency, renumbering, patches);
    }
  })();
}

/**
 * Has the worker thread make memory ready for the first three patches of
 * `adjacency` (see `SpareArrays`), when `patchAdjacencyBeside` would patch
 * it there, and resolves once it has: for a server that takes changes,
 * whose first changes would otherwise wait for the system to hand over
 * the memory page by page (at a million papers, 0.4 GB a patch, about a
 * second each). Three, since the adjacency the first change gives up
 * comes back only from the collection the second change starts, which
 * marks beside it (see `RecycledArrays.collect`) and ends after its patch
 * (with two, the third change of each run at a million papers waited
 * 1.2 s for new memory); from then on, patches leave memory ready for the
 * next.
 *
 * @example await readyToPatchBeside(coauthorAdjacency(curator.graph));
 */
export async function readyToPatchBeside(adjacency: CoauthorAdjacency, options: BesideOptions = {}): Promise<void> {
  if (!patchesBeside(adjacency, options)) return;
  const byteLengths = [adjacency.offsets.byteLength, adjacency.neighbours.byteLength, adjacency.weights.byteLength];
  await spareArraysInWorker([...byteLengths, ...byteLengths, ...byteLengths]);
}

/** Whether `adjacency` is patched on the worker thread. */
function patchesBeside(adjacency: CoauthorAdjacency, { threads = availableParallelism(), fromEntries = WORKER_ENTRIES }: BesideOptions): boolean {
  return threads >= 2 && adjacency.neighbours.length >= fromEntries;
}
