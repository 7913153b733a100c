import { readdirSync } from 'node:fs';
import { lowerThread } from './lowerThread.ts';

// Node starts its platform's threads before any other: a scheduler of delayed tasks, then V8's pool of
// helpers (`--v8-pool-size`, 4 unless set). Thread ids rise in the order threads start.
const POOL_FLAG = /--v8-pool-size[= ](\d+)/u;
const DEFAULT_POOL_SIZE = 4;

/**
 * Lowers the scheduling priority (see `lowerThread`) of V8's helper
 * threads, which mark and sweep for the collector beside the main thread,
 * and of Node's scheduler of delayed tasks: the first threads Node starts.
 * The others keep theirs: libuv's pool, which compresses answers, and
 * worker threads (the adjacency's lowers itself once it patches for a
 * change). On two cores a server applying a change keeps both busy, and the
 * collections a change brings on (about three on the 1M set) sent the
 * helpers onto the main thread's core, where a read then waited for them.
 * Linux only (threads are listed in `/proc/self/task`). Returns how many
 * threads were lowered.
 *
 * @example lowerHelperThreads(); // 5 on Linux by default
 */
export function lowerHelperThreads(): number {
  let tasks: string[];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return 0;
  }
  const poolSize = Number(POOL_FLAG.exec([...process.execArgv, process.env['NODE_OPTIONS'] ?? ''].join(' '))?.[1] ?? DEFAULT_POOL_SIZE);
  const platform = tasks
    .map(Number)
    .filter((thread) => thread !== process.pid)
    .sort((a, b) => a - b)
    .slice(0, 1 + poolSize);
  return platform.filter((thread) => lowerThread(thread)).length;
}
