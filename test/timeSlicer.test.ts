import { describe, expect, it } from 'vitest';
import { TimeSlicer } from '../src/execution/TimeSlicer.ts';

/** Whether `promise` settles before an immediate set now runs. */
async function settlesBeforeAnImmediate(promise: Promise<void>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await new Promise((resolve) => setImmediate(resolve));
  return settled;
}

describe('TimeSlicer', () => {
  it('lets work go on at once while the slice lasts', () => {
    const slicer = new TimeSlicer(60_000);
    slicer.begin();
    expect([slicer.yieldPoint(), slicer.yieldPoint()]).toEqual([undefined, undefined]);
  });

  it('makes work past its slice wait until the event loop has turned, after timers already due', async () => {
    const slicer = new TimeSlicer(0);
    slicer.begin();
    const order: string[] = [];
    setTimeout(() => order.push('timer'), 0);
    // Work that holds the event loop until the timer is due.
    const until = Date.now() + 5;
    while (Date.now() < until);
    const pause = slicer.yieldPoint();
    expect(pause).toBeInstanceOf(Promise);
    expect(await settlesBeforeAnImmediate(pause!)).toBe(false);
    await pause;
    order.push('resumed');
    expect(order).toEqual(['timer', 'resumed']);
  });

  it('starts a new slice at the first yield point after the event loop turned', async () => {
    const slicer = new TimeSlicer(60_000);
    slicer.begin();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(slicer.yieldPoint()).toBeUndefined();
  });

  it('throws the reason of an aborted signal, at once or when the wait ends', async () => {
    const slicer = new TimeSlicer(0);
    const controller = new AbortController();
    slicer.begin();
    const pause = slicer.yieldPoint(controller.signal);
    const reason = new Error('stopped');
    controller.abort(reason);
    await expect(pause).rejects.toBe(reason);
    expect(() => slicer.yieldPoint(controller.signal)).toThrow(reason);
  });
});
