// The worker thread of adjacencyJobInWorker: for each job it is sent,
// builds the coauthor adjacency of the rows it is given, or patches the one
// it is given, and hands its arrays back (in shared memory, so without a
// copy), or the error that stopped it. JavaScript, because a worker starts
// without its parent's TypeScript loader (see `requireTypeScript`).
import { parentPort } from 'node:worker_threads';
import { requireTypeScript } from '../../requireTypeScript.mjs';

// The thread idles between jobs, and an idle thread collects no garbage:
// it would go on holding the last job's arrays, a quarter of a GB of
// shared memory at a million papers that the graphs served have given up.
// So it collects a second after its last job.
let collecting;
const require = requireTypeScript(import.meta.url);
const { collectGarbage } = require('./collectGarbage.ts');
const { runAtOnce } = require('./steps/runAtOnce.ts');
const { buildAdjacency } = require('./coauthorAdjacency.ts');
const { patchAdjacency } = require('./delta/patchAdjacency.ts');
const { SpareArrays } = require('./SpareArrays.ts');
const { lowerThread } = require('../../lowerThread.ts');
// A server that has taken one change takes more: after a patch, memory for
// the next one is made ready while the thread idles (see `SpareArrays`),
// and let go once no change has come for a while.
const spares = new SpareArrays();
const SPARES_KEPT_MS = 5 * 60 * 1000;
let sparesKept;
/** Makes spares of `byteLengths` once the thread is free. */
function readySpares(byteLengths) {
  setImmediate(() => spares.prepare(byteLengths));
  keepSpares();
}
/** Keeps the spares for a while from now. */
function keepSpares() {
  clearTimeout(sparesKept);
  sparesKept = setTimeout(() => spares.clear(), SPARES_KEPT_MS);
}
// The memory of each adjacency sent to be patched, by the ids the main
// thread gave its buffers: once that thread no longer holds a buffer (see
// `adjacencyJobInWorker`), nothing reads it, and its memory, pages and all,
// is a spare for the next patch. Kept for the last few patches' adjacencies
// only: one still read later than that is let go without being reused.
const lent = new Map();
const LENT_PATCHES = 4;
parentPort.on('message', ({ job, kind, source, adjacency, renumbering, patches, byteLengths, ids }) => {
  if (kind === 'spares') {
    // Asked for before any patch: made now, and the main thread told.
    try {
      spares.prepare(byteLengths);
      keepSpares();
      parentPort.postMessage({ job });
    } catch (error) {
      parentPort.postMessage({ job, error });
    }
    return;
  }
  if (kind === 'freed') {
    for (const id of ids) {
      const buffer = lent.get(id)?.buffer;
      lent.delete(id);
      if (buffer !== undefined) spares.give(buffer);
    }
    return;
  }
  if (kind === 'patch') {
    // A server taking changes: reads, on the main thread, go first (see
    // `lowerHelperThreads`). A load's build keeps its priority, as the load
    // waits for it.
    lowerThread();
    [adjacency.offsets, adjacency.neighbours, adjacency.weights].forEach(({ buffer }, k) => ids[k] !== undefined && lent.set(ids[k], { buffer, job }));
    for (const [id, { job: lentFor }] of lent) if (lentFor <= job - LENT_PATCHES) lent.delete(id);
  }
  let made;
  try {
    made = runAtOnce(kind === 'build' ? buildAdjacency(source) : patchAdjacency(adjacency, renumbering, patches, (Type, length) => spares.take(Type, length)));
    parentPort.postMessage({ job, adjacency: made });
  } catch (error) {
    parentPort.postMessage({ job, error });
  }
  // Not in this handler, whose arguments hold the job's arrays, and not at
  // once: a second on, the graph served has moved on to the result, so the
  // arrays the job read are let go here, on this thread, not by a collection
  // on the main one, which a read would wait for.
  clearTimeout(collecting);
  collecting = setTimeout(collectGarbage, 1000);
  if (kind === 'patch' && made !== undefined) readySpares([made.offsets.byteLength, made.neighbours.byteLength, made.weights.byteLength]);
});
