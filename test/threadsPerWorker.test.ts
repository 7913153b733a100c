import { describe, expect, it } from 'vitest';
import { threadsPerWorker } from '../src/threadsPerWorker.ts';

describe('threadsPerWorker', () => {
  it('gives each of a cluster\'s workers its share of the cores, at least one', () => {
    expect(threadsPerWorker(2, 2)).toBe(1);
    expect(threadsPerWorker(2, 4)).toBe(2);
    expect(threadsPerWorker(3, 8)).toBe(2);
    expect(threadsPerWorker(4, 2)).toBe(1);
    expect(threadsPerWorker(1, 2)).toBe(2);
  });
});
