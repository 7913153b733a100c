// The worker thread of paperIndexesInWorker: makes the paper indexes of the
// paper columns it is given and hands them back, their arrays moved, not
// copied, then ends. JavaScript, because a worker starts without its
// parent's TypeScript loader; it registers one, then loads the code.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runAtOnce } = await import('./steps/runAtOnce.ts');
const { makePaperIndexes } = await import('./paperIndexes.ts');
const { StringColumn } = await import('./StringColumn.ts');
const { source, giveUp } = workerData;
const { title, searchText, published } = source;
const { orders, titles } = runAtOnce(makePaperIndexes({ title: StringColumn.revive(title), searchText: StringColumn.revive(searchText), published: StringColumn.revive(published) }, giveUp));
const moved = [orders.OLDEST_FIRST.buffer, orders.TITLE.buffer];
if (titles !== undefined) moved.push(titles.postingWords.buffer, titles.postingValues.buffer, titles.hashes.buffer, titles.documents.buffer);
parentPort.postMessage({ orders, titles }, moved);
