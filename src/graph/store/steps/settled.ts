import type { WaitingSteps } from './Steps.ts';

/**
 * The value of `promise` once it settles, as steps that wait for it
 * (see `WaitingSteps`); throws its error if it rejects.
 *
 * @example const adjacency = yield* settled(worker.built);
 */
export function* settled<T>(promise: Promise<T>): WaitingSteps<T> {
  let outcome: { readonly value: T } | { readonly error: unknown } | undefined;
  yield promise.then(
    (value) => (outcome = { value }),
    (error: unknown) => (outcome = { error }),
  );
  if ('error' in outcome!) throw outcome.error;
  return outcome!.value;
}
