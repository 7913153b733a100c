import type { Steps } from './Steps.ts';

/**
 * Runs `steps` to the end without pausing and returns their result.
 *
 * @example const graph = runAtOnce(buildGraphInSteps(records));
 */
export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}
