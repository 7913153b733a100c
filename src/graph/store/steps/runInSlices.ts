import { performance } from 'node:perf_hooks';
import type { Steps } from './Steps.ts';

/**
 * Runs `steps` in slices of about `sliceMs` of work, letting the event loop
 * turn (timers, sockets, signals) between slices, and resolves with their
 * result. Probes a server answers while it loads thus wait one slice at most.
 *
 * @example const graph = await runInSlices(buildGraphInSteps(records));
 */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = 20): Promise<T> {
  let sliceEnd = performance.now() + sliceMs;
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
    if (performance.now() >= sliceEnd) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceEnd = performance.now() + sliceMs;
    }
  }
}
