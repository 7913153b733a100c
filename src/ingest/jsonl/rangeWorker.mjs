// The worker thread of readRangeInWorker: reads a range of a JSON Lines
// file into columns and hands them back, with its progress on the way.
// JavaScript, because a worker starts without its parent's TypeScript
// loader (see `requireTypeScript`).
import { parentPort, workerData } from 'node:worker_threads';
import { requireTypeScript } from '../../requireTypeScript.mjs';

const require = requireTypeScript(import.meta.url);
const { readCompactRange } = require('./readCompactRange.ts');
const { path, range, strict } = workerData;
const read = await readCompactRange(path, range, strict, (bytes) => parentPort.postMessage({ progress: bytes }));
const { years, codeImplementations, bylines } = read.columns;
parentPort.postMessage({ read }, [years.buffer, codeImplementations.buffer, bylines.offsets.buffer, bylines.spellingIds.buffer]);
