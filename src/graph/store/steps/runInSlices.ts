import { performance } from 'node:perf_hooks';
import type { WaitingSteps } from './Steps.ts';
import { untilLoopIdle } from './untilLoopIdle.ts';

/**
 * Runs `steps` in slices of about `sliceMs` of work, letting the event loop
 * turn (timers, sockets, signals) between slices, and resolves with their
 * result. Reads first: between slices the loop turns until a turn finds
 * nothing to do and no request is under way (see `untilLoopIdle`), or for
 * 50 ms at most, so a request that arrives during a slice waits for
 * the rest of that slice, then runs to its answer before the steps go on,
 * however many turns it takes; a slice is short, as it is most of what such
 * a request waits. The first slice waits for such a turn too: a change is
 * started by the request that asked for it, whose own work (reading and
 * checking a hundred papers) is enough for one turn. A step that yields a
 * promise (work on another thread) lets the loop turn until it settles.
 *
 * @example const graph = await runInSlices(buildGraphInSteps(records));
 */
export async function runInSlices<T>(steps: WaitingSteps<T>, sliceMs = 10): Promise<T> {
  await untilLoopIdle();
  let sliceEnd = performance.now() + sliceMs;
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
    if (next.value !== undefined) {
      await next.value;
      sliceEnd = performance.now() + sliceMs;
    } else if (performance.now() >= sliceEnd) {
      await untilLoopIdle();
      sliceEnd = performance.now() + sliceMs;
    }
  }
}
