/**
 * A long computation written as a generator that pauses (`yield`) at points
 * where it may be interrupted, returning its result at the end. The same
 * steps run to the end at once (`runAtOnce`, for tests and offline commands)
 * or in slices that let the event loop turn between them (`runInSlices`, for
 * a server that must answer its probes and signals while it loads).
 *
 * @example
 * function* sum(values: readonly number[]): Steps<number> {
 *   let total = 0;
 *   for (let i = 0; i < values.length; i++) {
 *     if (i % 4096 === 0) yield;
 *     total += values[i]!;
 *   }
 *   return total;
 * }
 */
export type Steps<T> = Generator<undefined, T, undefined>;

/**
 * Steps that may also wait for work done elsewhere (on a worker thread): a
 * step that yields a promise is followed by the next once it settles. Only
 * `runInSlices` runs them; `runAtOnce`, which cannot wait, takes `Steps`.
 *
 * @example
 * function* merged(): WaitingSteps<CoauthorAdjacency> {
 *   return yield* settled(adjacencyJobInWorker(job).built);
 * }
 */
export type WaitingSteps<T> = Generator<undefined | Promise<unknown>, T, undefined>;
