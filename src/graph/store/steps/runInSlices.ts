import { performance } from 'node:perf_hooks';
import { foreground } from './Foreground.ts';
import type { WaitingSteps } from './Steps.ts';

// A loop turn that took this long found work (a request read, run or answered): the loop turns again before the steps go on.
const BUSY_TURN_MS = 1;
// The steps go on after this long however busy the loop is, so that a stream of requests slows them without stopping them.
const MAX_PAUSE_MS = 50;

/**
 * Runs `steps` in slices of about `sliceMs` of work, letting the event loop
 * turn (timers, sockets, signals) between slices, and resolves with their
 * result. Reads first: between slices the loop turns until a turn finds
 * nothing to do and no request is under way (see `Foreground`), or for
 * `MAX_PAUSE_MS` at most, so a request that arrives during a slice waits for
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

/** Resolves once a turn of the event loop is quick with no request under way, or after `MAX_PAUSE_MS`. */
async function untilLoopIdle(): Promise<void> {
  const since = performance.now();
  for (;;) {
    const turn = performance.now();
    await new Promise((resolve) => setImmediate(resolve));
    const now = performance.now();
    if (now - since >= MAX_PAUSE_MS) return;
    if (now - turn >= BUSY_TURN_MS) continue;
    // A request between turns (its body or its answer on the way) is waited for, not sliced into.
    if (!foreground.busy) return;
    await foreground.quiet(since + MAX_PAUSE_MS - now);
  }
}
