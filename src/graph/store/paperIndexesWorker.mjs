// The worker thread of paperIndexesInWorker: folds the titles it is given,
// as stored, while the load orders the papers; then, given that order, makes
// the paper indexes and hands them back, their arrays moved, not copied, and
// ends. JavaScript, because a worker starts without its parent's TypeScript
// loader (see `requireTypeScript`).
import { parentPort, workerData } from 'node:worker_threads';
import { requireTypeScript } from '../../requireTypeScript.mjs';

const require = requireTypeScript(import.meta.url);
const { runAtOnce } = require('./steps/runAtOnce.ts');
const { makePaperIndexes } = require('./paperIndexes.ts');
const { PaperSearchText } = require('./PaperSearchText.ts');
const { StringColumn } = require('./StringColumn.ts');
const { source, giveUp } = workerData;
const rows = new Promise((resolve) => parentPort.once('message', resolve));
const folded = runAtOnce(PaperSearchText.foldTitles(StringColumn.revive(source.title)));
// Folded, the titles' text is needed no more, and this thread's heap adds to the load's memory at its peak.
delete source.title;
const { orders, titles } = runAtOnce(makePaperIndexes(folded, StringColumn.revive(source.published), await rows, giveUp));
const moved = [orders.OLDEST_FIRST.buffer, orders.TITLE.buffer];
if (titles !== undefined) moved.push(titles.postingWords.buffer, titles.postingValues.buffer, titles.hashes.buffer, titles.documents.buffer);
parentPort.postMessage({ orders, titles }, moved);
