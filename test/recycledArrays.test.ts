import { PerformanceObserver, constants } from 'node:perf_hooks';
import { describe, expect, it, vi } from 'vitest';
import { RecycledArrays } from '../src/graph/store/delta/RecycledArrays.ts';
import { collectedGarbage } from './support/collectedGarbage.ts';

// Arrays of 4,000 bytes and more are lent; no collection of the pool's own unless a test asks for one, and no cap on memory waiting.
const options = { fromBytes: 4000, collectEvery: 2 ** 40, keepAtMost: 2 ** 40 };

/** An array of 1,000 numbers from `pool`, every slot `value`, dropped once this returns but for `kept` of it. */
function lendAndDrop(pool: RecycledArrays, value: number, kept?: (array: Uint32Array) => void): void {
  const array = pool.array(Uint32Array, 1000).fill(value);
  kept?.(array);
}

/** The start times of the full collections from now on, until `stop`. */
function watchMajors(): number[] & { stop(): void } {
  const majors: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if ((entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majors.push(entry.startTime);
  });
  observer.observe({ entryTypes: ['gc'] });
  return Object.assign(majors, { stop: () => observer.disconnect() });
}

describe('RecycledArrays', () => {
  it('lends the memory of an array nothing reads any more to the next array it holds, as that array left it', async () => {
    const pool = new RecycledArrays(options);
    lendAndDrop(pool, 7);
    expect(pool.freeBytes).toBe(0);
    await collectedGarbage({ until: () => pool.freeBytes > 0 });
    // 4,000 bytes and 2 % to grow.
    expect(pool.freeBytes).toBe(4080);
    const next = pool.array(Uint32Array, 1000);
    expect(next.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect([next[0], next[999]]).toEqual([7, 7]);
    expect(pool.freeBytes).toBe(0);
  });

  it('never lends memory a subarray of an array lent on it still reads, and lends it once that goes too', async () => {
    const pool = new RecycledArrays(options);
    let kept: Uint32Array | undefined;
    lendAndDrop(pool, 7, (array) => (kept = array.subarray(10, 20)));
    await collectedGarbage({ rounds: 5 });
    expect(pool.freeBytes).toBe(0);
    const other = pool.array(Uint32Array, 1000).fill(9);
    expect([...kept!]).toEqual(Array(10).fill(7));
    kept = undefined;
    await collectedGarbage({ until: () => pool.freeBytes > 0 });
    expect(pool.array(Uint32Array, 1000)[15]).toBe(7);
    expect(other[15]).toBe(9);
  });

  it('fills `zeroed` arrays with zeros on memory taken back; makes small arrays, and arrays far smaller than every free buffer, as usual', async () => {
    const pool = new RecycledArrays({ ...options, fromBytes: 1024 });
    lendAndDrop(pool, 7);
    await collectedGarbage({ until: () => pool.freeBytes > 0 });
    // 3,280 bytes: the 4,080-byte buffer is no more than 1.25 times as large, and is lent.
    const zeroed = pool.zeroed(Uint32Array, 820);
    expect(zeroed.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(zeroed.every((value) => value === 0)).toBe(true);
    expect(pool.freeBytes).toBe(0);
    lendAndDrop(pool, 7);
    await collectedGarbage({ until: () => pool.freeBytes > 0 });
    const small = pool.array(Uint8Array, 1000);
    expect(small.buffer).toBeInstanceOf(ArrayBuffer);
    expect(small.every((value) => value === 0)).toBe(true);
    // 3,000 bytes: the free buffer is more than 1.25 times as large; new memory, with 2 % to grow.
    const smaller = pool.array(Uint8Array, 3000);
    expect([smaller.buffer.byteLength, smaller[0]]).toEqual([3060, 0]);
    expect(pool.freeBytes).toBe(4080);
    expect(zeroed.length).toBe(820);
  });

  it('lets memory waiting to be lent go beyond `keepAtMost`, the smallest first', async () => {
    const pool = new RecycledArrays({ ...options, fromBytes: 4096, keepAtMost: 20_000 });
    for (const length of [1100, 1500, 2000, 2500]) pool.array(Uint32Array, length);
    await collectedGarbage({ until: () => pool.freeBytes === 18_360 });
    // 4,488 + 6,120 + 8,160 + 10,200 bytes: the two smallest go, 18,360 bytes wait.
    expect(pool.freeBytes).toBe(18_360);
  });

  it('starts a full collection of its own once it has lent `collectEvery` bytes, since V8 counts none of them', async () => {
    const pool = new RecycledArrays({ ...options, collectEvery: 12_000 });
    const majors = watchMajors();
    try {
      lendAndDrop(pool, 7);
      lendAndDrop(pool, 7);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const before = majors.length;
      // The third array passes 12,000 bytes lent.
      lendAndDrop(pool, 7);
      await vi.waitFor(() => expect(majors.length).toBeGreaterThan(before), { timeout: 10_000, interval: 20 });
      await vi.waitFor(() => expect(pool.freeBytes).toBeGreaterThan(0), { timeout: 10_000, interval: 20 });
    } finally {
      majors.stop();
    }
  });

  it('starts a full collection when told, its 65 MB counted only while it starts one, then freed; none with nothing lent since the last', async () => {
    const pool = new RecycledArrays(options);
    const majors = watchMajors();
    try {
      pool.collect();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(majors.length).toBe(0);
      lendAndDrop(pool, 7);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const before = process.memoryUsage();
      const majorsBefore = majors.length;
      pool.collect();
      // Counted by V8 (its external memory) only for the moment it took to start the collection.
      expect(process.memoryUsage().external - before.external).toBeLessThan(2 ** 20);
      await vi.waitFor(() => expect(majors.length).toBeGreaterThan(majorsBefore), { timeout: 10_000, interval: 20 });
      await vi.waitFor(() => expect(pool.freeBytes).toBe(4080), { timeout: 10_000, interval: 20 });
      // And its memory freed: not held by a message no port reads.
      await vi.waitFor(() => expect(process.memoryUsage().arrayBuffers - before.arrayBuffers).toBeLessThan(2 ** 20), { timeout: 10_000, interval: 20 });
    } finally {
      majors.stop();
    }
  });
});
