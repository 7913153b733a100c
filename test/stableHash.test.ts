import { describe, expect, it } from 'vitest';
import { stableHash } from '../src/graph/store/stableHash.ts';

// Expected values from `printf 'author\0ann lee\0' | sha256sum`, cut to 16 hex digits.
describe('stable hashes', () => {
  it('are the first 16 hex digits of the SHA-256 of the parts, each ended by a NUL', () => {
    expect(stableHash('author', 'ann lee')).toBe('5fd8dcc38cd2e8f5');
    expect(stableHash('h', '')).toBe('8f186c4de82f7f8a');
  });

  it('digest the parts as UTF-8', () => {
    expect(stableHash('author', 'kamilė lukošiūtė')).toBe('6e989943224f5ae0');
  });

  it('tell apart parts split differently', () => {
    expect(stableHash('ab', 'c')).not.toBe(stableHash('a', 'bc'));
  });
});
