// The worker thread of indexJobInWorker: for each job it is sent, builds
// the coauthor adjacency of the rows it is given, or patches the one it is
// given, and hands its arrays back (in shared memory, so without a copy);
// or makes the paper orders and title postings of the paper columns it is
// given and hands them back (moved, not copied); or the error that stopped it. JavaScript,
// because a worker starts without its parent's TypeScript loader; it
// registers one, then loads the code.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

// The thread idles between jobs, and an idle thread collects no garbage:
// it would go on holding the last job's arrays, a quarter of a GB of
// shared memory at a million papers that the graphs served have given up.
// So it collects a second after its last job.
let collecting;
register();
const { collectGarbage } = await import('./collectGarbage.ts');
const { runAtOnce } = await import('./steps/runAtOnce.ts');
const { buildAdjacency } = await import('./coauthorAdjacency.ts');
const { patchAdjacency } = await import('./delta/patchAdjacency.ts');
const { makePaperIndexes } = await import('./paperIndexes.ts');
const { StringColumn } = await import('./StringColumn.ts');
const { SpareArrays } = await import('./SpareArrays.ts');
// A server that has taken one change takes more: after a patch, memory for
// the next one is made ready while the thread idles (see `SpareArrays`),
// and let go once no change has come for a while.
const spares = new SpareArrays();
const SPARES_KEPT_MS = 5 * 60 * 1000;
let sparesKept;
/** Makes spares of `byteLengths` once the thread is free, kept for a while. */
function readySpares(byteLengths) {
  setImmediate(() => spares.prepare(byteLengths));
  clearTimeout(sparesKept);
  sparesKept = setTimeout(() => spares.clear(), SPARES_KEPT_MS);
}
/** The steps of a job: adjacency built or patched, or paper indexes made. */
function jobOf(kind, { source, adjacency, renumbering, patches, giveUp }) {
  if (kind === 'build') return buildAdjacency(source);
  if (kind === 'patch') return patchAdjacency(adjacency, renumbering, patches, (Type, length) => spares.take(Type, length));
  const { title, searchText, published } = source;
  return makePaperIndexes({ title: StringColumn.revive(title), searchText: StringColumn.revive(searchText), published: StringColumn.revive(published) }, giveUp);
}

// The paper columns' text a paper indexes job is sent is a copy of a
// hundred MB or more, which the adjacency's job, sent next by a load, would
// otherwise hold through its peak; collected as that job starts, once the
// handler of the one before (whose arguments hold the text) has returned.
let collectFirst = false;
/** The arrays of paper indexes, this thread's own, moved rather than copied. */
function arraysOfPaperIndexes({ orders, titles }) {
  const ordersArrays = [orders.OLDEST_FIRST.buffer, orders.TITLE.buffer];
  return titles === undefined ? ordersArrays : [...ordersArrays, titles.postingWords.buffer, titles.postingValues.buffer, titles.hashes.buffer, titles.documents.buffer];
}

parentPort.on('message', ({ job, kind, source, adjacency, renumbering, patches, giveUp, byteLengths }) => {
  if (kind === 'spares') {
    readySpares(byteLengths);
    return;
  }
  if (collectFirst) collectGarbage();
  let made;
  try {
    made = runAtOnce(jobOf(kind, { source, adjacency, renumbering, patches, giveUp }));
    parentPort.postMessage({ job, made }, kind === 'papers' ? arraysOfPaperIndexes(made) : []);
  } catch (error) {
    parentPort.postMessage({ job, error });
  }
  collectFirst = kind === 'papers';
  // Not in this handler, whose arguments hold the job's arrays, and not at
  // once: a second on, the graph served has moved on to the result, so the
  // arrays the job read are let go here, on this thread, not by a collection
  // on the main one, which a read would wait for.
  clearTimeout(collecting);
  collecting = setTimeout(collectGarbage, 1000);
  if (kind === 'patch' && made !== undefined) readySpares([made.offsets.byteLength, made.neighbours.byteLength, made.weights.byteLength]);
});
