import { performance } from 'node:perf_hooks';
import { foreground } from './Foreground.ts';

// A loop turn that took this long found work (a request read, run or answered): the loop turns again before the steps go on.
const BUSY_TURN_MS = 1;
// The steps go on after this long however busy the loop is, so that a stream of requests slows them without stopping them.
const MAX_PAUSE_MS = 50;

/**
 * Resolves once a turn of the event loop is quick with no request under
 * way (see `Foreground`), or after 50 ms at most: the pause that lets
 * requests go first, between the slices of `runInSlices` and wherever else
 * a change gives way to reads. Every turn it times includes the loop's poll
 * for sockets. Called from a socket's callback or a thread's message (the
 * request that asked for a change, a worker's answer), a `setImmediate`
 * runs before that poll, in the same turn, so the first one is not timed:
 * timed, it found the loop idle without having read the sockets, and a read
 * that came during the work before it waited for the next slice as well
 * (10-20 ms at a change's start on a million papers).
 *
 * @example await untilLoopIdle(); // the reads that came meanwhile are answered
 */
export async function untilLoopIdle(): Promise<void> {
  const since = performance.now();
  await nextTurn();
  for (;;) {
    const turn = performance.now();
    await nextTurn();
    const now = performance.now();
    if (now - since >= MAX_PAUSE_MS) return;
    if (now - turn >= BUSY_TURN_MS) continue;
    // A request between turns (its body or its answer on the way) is waited for, not sliced into.
    if (!foreground.busy) return;
    await foreground.quiet(since + MAX_PAUSE_MS - now);
  }
}

/** Resolves in the check phase of the loop: the turn under way, or from inside that phase the next. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
