import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

// Work beside the main thread runs at this nice value, the lowest, which the
// scheduler weighs at a seventieth of the main thread's (0): it still runs
// whenever a core is free, and waits when the thread that answers reads
// wants its core. At nice 10 (a tenth) the main thread waited for a core
// about a third longer during a stream of changes on the 1M set, in slices
// of a scheduler tick (see bench/README.md, "Curation: reads first at a
// change's edges").
const BACKGROUND_NICENESS = 19;

/**
 * Lowers the scheduling priority of `thread`, a Linux thread id (by
 * default the calling thread), to nice 19, the lowest; true once done.
 * False elsewhere than on Linux, or for a thread gone or not this
 * process's to lower: it then keeps its priority.
 *
 * @example lowerThread(); // from a worker thread whose work can wait for the main thread's
 */
export function lowerThread(thread?: number): boolean {
  try {
    // On Linux a thread's id names that thread alone to setpriority(2).
    const id = thread ?? Number(readlinkSync('/proc/thread-self').split('/').pop());
    setPriority(id, BACKGROUND_NICENESS);
    return true;
  } catch {
    return false;
  }
}
