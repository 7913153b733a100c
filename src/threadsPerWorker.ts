/**
 * The threads the load of one of `workers` processes may keep busy on
 * `cores` cores: the workers of a cluster load side by side, so each gets
 * its share, and at least one.
 *
 * @example threadsPerWorker(2, 2) // 1: two processes on two cores read and index on one thread each
 */
export function threadsPerWorker(workers: number, cores: number): number {
  return Math.max(1, Math.floor(cores / workers));
}
