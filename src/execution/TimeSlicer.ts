import { performance } from 'node:perf_hooks';

/** How long operations may run, between them, before the event loop gets a turn. */
export const SLICE_MS = 10;

/**
 * Cuts the execution of operations into slices of the process's time, so
 * that a heavy operation cannot keep the event loop from `/healthz`, timers
 * (the execution timeout) and other requests. Resolvers that start work on
 * a list await `yieldPoint()` first: while the current slice lasts it
 * answers undefined and the resolver goes on at once; past it, the resolver
 * waits for the event loop's next turn. The slice is one for the whole
 * process, not one per request, so sixteen heavy operations together hold
 * the event loop no longer than one. A slice starts as an operation begins
 * or at the first yield point after the event loop turned.
 *
 * @example
 * const slicer = new TimeSlicer();
 * slicer.begin();
 * await slicer.yieldPoint(signal); // undefined within the slice, a later turn of the event loop past it
 */
export class TimeSlicer {
  private sliceStart = 0;
  /** Whether a slice began since the event loop last turned (timers, sockets). */
  private sliceUnderWay = false;

  constructor(private readonly sliceMs: number = SLICE_MS) {}

  /** Starts a slice unless one is under way: called as an operation starts, so that its work before the first yield point counts. */
  begin(): void {
    if (!this.sliceUnderWay) this.startSlice();
  }

  /**
   * Undefined while the current slice lasts; else a promise that resolves
   * in a later slice. Throws (or rejects) with the signal's reason once it
   * is aborted, so that an operation stopped by its timeout or its client
   * stops doing work at its next yield point.
   */
  yieldPoint(signal?: AbortSignal): Promise<void> | undefined {
    signal?.throwIfAborted();
    return this.mayRun() ? undefined : this.waitForSlice(signal);
  }

  /** Whether work may go on now, starting a slice when none is under way. */
  private mayRun(): boolean {
    if (this.sliceUnderWay) return performance.now() - this.sliceStart < this.sliceMs;
    this.startSlice();
    return true;
  }

  private startSlice(): void {
    this.sliceStart = performance.now();
    this.sliceUnderWay = true;
    // An immediate within an immediate runs in the loop's next round, after its
    // timers and sockets: a single one, set while sockets are read, would run
    // before the timers, and the execution timeout would not stop what resumes.
    setImmediate(() => setImmediate(() => (this.sliceUnderWay = false)));
  }

  private async waitForSlice(signal: AbortSignal | undefined): Promise<void> {
    // One immediate per waiter, not one promise for all: the work a waiter
    // resumes (its resolver, then the completion of what it returns) runs in
    // microtasks, which drain before the next immediate, so each waiter sees
    // the slice as the waiters before it left it.
    do {
      await new Promise((resolve) => setImmediate(resolve));
    } while (!this.mayRun());
    // Within a slice too: a stopped operation's thousands of waiters each
    // make a field error as they throw, which is work like any other.
    signal?.throwIfAborted();
  }
}
