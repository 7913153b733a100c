import { describe, expect, it } from 'vitest';
import { readyHeapMemory } from '../src/graph/store/readyHeapMemory.ts';

describe('memory made ready in the heap', () => {
  it('lets the event loop turn between its pieces', async () => {
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    // Three pieces of 16 MB and a byte.
    await readyHeapMemory(3 * 2 ** 24 + 1);
    clearInterval(ticking);
    expect(turns).toBeGreaterThan(0);
  });
});
