import { describe, expect, it } from 'vitest';
import { orderOfHexDigests } from '../src/graph/store/steps/orderOfHexDigests.ts';
import { orderOfStrings } from '../src/graph/store/steps/orderOfStrings.ts';
import { runAtOnce } from '../src/graph/store/steps/runAtOnce.ts';
import { runInSlices } from '../src/graph/store/steps/runInSlices.ts';
import { stableHash } from '../src/graph/store/stableHash.ts';

const order = (digests: readonly string[]) => runAtOnce(orderOfHexDigests(digests));

describe('orderOfHexDigests', () => {
  it('orders digests as their digits do, equal ones in input order', () => {
    // The top digit's bit, the halves' boundary and a digit either side of 9 / a: places a shifting reader would get wrong.
    const digests = ['8000000000000000', '7fffffffffffffff', '0000000100000000', '00000000ffffffff', 'ffffffffffffffff', '000000000000000a', '0000000000000009', '0000000100000000', '0000000000000000'];
    expect([...order(digests)!]).toEqual([8, 6, 5, 3, 2, 7, 1, 0, 4]);
  });

  it('gives the order orderOfStrings gives, for 30,000 author ids with repeats, at once and in slices', async () => {
    const ids = Array.from({ length: 30000 }, (_, i) => stableHash('author', `person ${i % 27000}`));
    const expected = [...runAtOnce(orderOfStrings(ids))];
    expect([...order(ids)!]).toEqual(expected);
    expect([...(await runInSlices(orderOfHexDigests(ids)))!]).toEqual(expected);
  });

  it('declines strings that are not 16 lowercase hex digits, wherever they stand', () => {
    const good = ['0123456789abcdef', 'fedcba9876543210'];
    for (const bad of ['0123456789ABCDEF', '0123456789abcde', '0123456789abcdef0', '0123456789abcdeg', 'gen:123456789012', '']) {
      expect(order([...good, bad])).toBeUndefined();
      expect(order([bad, ...good])).toBeUndefined();
    }
    expect([...order([])!]).toEqual([]);
  });
});
