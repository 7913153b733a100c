// The worker thread of homonymScreenBeside: takes part in the one screen it
// is sent (see HomonymScreen), its arrays in shared memory, then ends.
// JavaScript, because a worker starts without its parent's TypeScript
// loader (see `requireTypeScript`).
import { parentPort } from 'node:worker_threads';
import { requireTypeScript } from '../../requireTypeScript.mjs';

const require = requireTypeScript(import.meta.url);
const { HomonymScreen } = require('./HomonymScreen.ts');
parentPort.once('message', (arrays) => {
  new HomonymScreen(arrays).screenClaimed();
  parentPort.close();
});
