// The worker thread of homonymScreenBeside: takes part in the one screen it
// is sent (see HomonymScreen), its arrays in shared memory, then ends.
// JavaScript, because a worker starts without its parent's TypeScript
// loader; it registers one, then loads the code.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { HomonymScreen } = await import('./HomonymScreen.ts');
parentPort.once('message', (arrays) => {
  new HomonymScreen(arrays).screenClaimed();
  parentPort.close();
});
