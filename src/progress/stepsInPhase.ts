import type { Steps } from '../graph/store/steps/Steps.ts';
import type { ProgressLine } from './createProgressLine.ts';

/**
 * `steps` as a phase of `progress` named `label`: the phase begins when the
 * steps start, and every pause is a chance to redraw its elapsed time. The
 * steps alone when there is no progress to show.
 *
 * @example const graph = await runInSlices(stepsInPhase(buildGraphInSteps(records), 'building the graph', line));
 */
export function* stepsInPhase<T>(steps: Steps<T>, label: string, progress: ProgressLine | undefined): Steps<T> {
  if (progress === undefined) return yield* steps;
  progress.phase(label);
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
    progress.update();
    yield;
  }
}
