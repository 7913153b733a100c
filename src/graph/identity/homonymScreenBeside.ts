import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { HomonymScreen } from './HomonymScreen.ts';

// From this many authorships on, a worker thread screens beside this one:
// below it, starting one (about 0.2 s) costs more than it saves.
const WORKER_AUTHORSHIPS = 1 << 20;

/** A worker thread waiting for a screen to take part in, and how to stop it. */
export interface HomonymScreenBeside {
  /** Has the thread take part in `screen`, which this thread then screens too (`HomonymScreen.screenAll`). */
  join(screen: HomonymScreen): void;
  stop(): void;
}

/**
 * A worker thread started now, when there is a second core and the
 * bylines hold `authorships` or more, to screen spellings for homonyms
 * beside this one once identity merging comes to that (see
 * `HomonymScreen`): started early, it has loaded its code by then. It never
 * keeps the process alive, and a thread that fails leaves its part to
 * this one, so its errors are not waited for.
 *
 * @example const beside = homonymScreenBeside(bylines.variantIds.length); … beside?.join(screen); yield* screen.screenAll(); beside?.stop();
 */
export function homonymScreenBeside(
  authorships: number,
  { fromAuthorships = WORKER_AUTHORSHIPS, threads = availableParallelism() }: { readonly fromAuthorships?: number; readonly threads?: number | undefined } = {},
): HomonymScreenBeside | undefined {
  if (threads < 2 || authorships < fromAuthorships) return undefined;
  // A plain JavaScript entry that loads the TypeScript itself: a worker does not inherit the loader its parent was started with.
  const worker = new Worker(new URL('./homonymScreenWorker.mjs', import.meta.url), { execArgv: [] });
  worker.unref();
  worker.on('error', () => undefined);
  return { join: (screen) => worker.postMessage(screen.arrays), stop: () => void worker.terminate() };
}
