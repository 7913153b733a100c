// The worker thread of buildAdjacencyInWorker: builds the coauthor
// adjacency of the rows it is given and hands its arrays back. JavaScript,
// because a worker starts without its parent's TypeScript loader; it
// registers one, then loads the build.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { buildAdjacency } = await import('./coauthorAdjacency.ts');
const { runAtOnce } = await import('./steps/runAtOnce.ts');
const adjacency = runAtOnce(buildAdjacency(workerData));
parentPort.postMessage(adjacency, [adjacency.offsets.buffer, adjacency.neighbours.buffer, adjacency.weights.buffer]);
