// The worker thread of paperIndexesInWorker: folds the titles it is given,
// as stored, while the load orders the papers; then, given that order, makes
// the paper indexes and hands them back, their arrays moved, not copied, and
// ends. JavaScript, because a worker starts without its parent's TypeScript
// loader; it registers one, then loads the code.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runAtOnce } = await import('./steps/runAtOnce.ts');
const { makePaperIndexes } = await import('./paperIndexes.ts');
const { PaperSearchText } = await import('./PaperSearchText.ts');
const { StringColumn } = await import('./StringColumn.ts');
const { source, giveUp } = workerData;
const rows = new Promise((resolve) => parentPort.once('message', resolve));
const folded = runAtOnce(PaperSearchText.foldTitles(StringColumn.revive(source.title)));
// Folded, the titles' text is needed no more, and this thread's heap adds to the load's memory at its peak.
delete source.title;
const { orders, titles } = runAtOnce(makePaperIndexes(folded, StringColumn.revive(source.published), await rows, giveUp));
const moved = [orders.OLDEST_FIRST.buffer, orders.TITLE.buffer];
if (titles !== undefined) moved.push(titles.postingWords.buffer, titles.postingValues.buffer, titles.hashes.buffer, titles.documents.buffer);
parentPort.postMessage({ orders, titles }, moved);
